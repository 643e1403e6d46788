"""Who is on which side: an international body's envoy tells of an operation, its forces carry one
out; a group that did the deed is not its target, a force hit by it is not its doer."""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def _roles(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return {(a["name"], a["role"]) for r in records_of(pipeline, text, "2016-04-28") for a in r["actors"]}


def test_an_envoy_of_the_un_is_no_agent_of_the_strikes(pipeline: Pipeline) -> None:
    text = (
        "Airstrikes on rebel-held areas in the Syrian city of Aleppo destroyed a hospital on Thursday, "
        "killing at least 14 patients and staff members. The chief U.N. envoy to Syria broke it down "
        "in a stark tally covering recent days - an average of one Syrian killed every 25 minutes, "
        "one wounded every 13 minutes."
    )
    roles = _roles(pipeline, text)
    assert ("United Nations", "agent") not in roles
    assert ("United Nations", "source") in roles


def test_a_coalition_that_strikes_is_the_agent(pipeline: Pipeline) -> None:
    text = "Airstrikes by the U.S.-led coalition killed 14 Islamic State fighters near Mosul on Thursday."
    assert ("Global Coalition to Defeat ISIS", "agent") in _roles(pipeline, text)


def test_a_group_that_did_the_deed_is_not_also_its_target(pipeline: Pipeline) -> None:
    text = (
        "A series of bombings claimed by Islamic State hit Baghdad on Monday, killing more than 20 "
        "people. Shi'ite militia groups are also taking part in the offensive against Islamic State "
        "around Falluja."
    )
    roles = {(n, r) for n, r in _roles(pipeline, text) if n == "Islamic State"}
    assert roles == {("Islamic State", "perpetrator")}


def test_a_force_hit_by_the_attack_is_its_target_not_its_doer(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber detonated an explosives-laden vehicle after being intercepted by Afghan "
        "National Army (ANA) personnel in Muhmand Dara district, Nangarhar, Afghanistan. In addition "
        "to the death of the assailant, two soldiers were injured in the blast."
    )
    roles = {(n, r) for n, r in _roles(pipeline, text) if n == "Afghan National Army"}
    assert roles == {("Afghan National Army", "target")}


def test_russias_counter_terrorism_committee_is_no_un_body(pipeline: Pipeline) -> None:
    text = (
        "A man blew himself up and two others were shot dead as they attacked a police station in "
        "southern Russia. Russia's National Counter-terrorism Committee told Interfax security forces "
        "had sealed off the area around the attack."
    )
    names = {n for n, _r in _roles(pipeline, text)}
    assert "National Anti-Terrorism Committee (Russia)" in names
    assert "UN Counter-Terrorism Committee" not in names
