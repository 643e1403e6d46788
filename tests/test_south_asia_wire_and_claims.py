"""South and South-East Asian wire copy: a soldier who "embraced martyrdom" is dead, a group's leader
taken is in the field, a remembrance day is no attack's day, a blast's toll among a group's fighters
is an attack on them, party workers who clash are public order, a claim told with "claimed the
attack" names its doer, and a counter-terrorism body that suspects a group names it. The real
pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

PUB = "2019-03-12"  # a Tuesday


def _roles(rec: dict) -> list[tuple[str, str]]:
    return sorted((a["name"], a["role"]) for a in rec["actors"])


def test_martyrdom_and_a_leader_taken(pipeline: Pipeline) -> None:
    text = (
        "MIRANSHAH - Four terrorists were killed in an exchange of fire with security forces in North "
        "Waziristan on Wednesday, the ISPR said. One soldier embraced martyrdom."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["counts"]["killed"]) == ("ct_operation", 5)
    recs = records_of(
        pipeline, "On 12 March 2019, police raided a JMB hideout in Rajshahi and arrested two men.", PUB
    )
    assert "arrest" in [r["event_type"] for r in recs]
    # an acronym's chief or leaders name no group: parties, forces and gangs share them
    assert records_of(pipeline, "UDA leaders were arrested in Nakuru on Monday, police said.", PUB) == []


def test_a_remembrance_is_no_attack_and_a_blast_among_fighters_is_one(pipeline: Pipeline) -> None:
    text = (
        "PESHAWAR - Pakistan marked the anniversary on Saturday of the Army Public School attack in which "
        "Taliban gunmen killed 144 people, most of them children, in December 2014."
    )
    assert records_of(pipeline, text, PUB) == []
    text = (
        "JALALABAD, Afghanistan - A magnetic bomb attached to a Taliban vehicle exploded in Jalalabad, "
        "capital of Nangarhar province, on Wednesday, killing two Taliban fighters. Islamic State-Khorasan "
        "claimed responsibility."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["attack_type"]) == ("attack", "bombing")
    assert ("Islamic State Khorasan Province", "perpetrator") in _roles(rec)
    # a state's bombs on fighters stay its operation
    text = "Pakistani jets bombed militant hideouts in North Waziristan on Sunday, killing 20 militants."
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "ct_operation"


def test_party_workers_clash_and_claims_told_briefly(pipeline: Pipeline) -> None:
    text = (
        "KOLKATA - Workers of the Trinamool Congress and the BJP clashed in Bhatpara, North 24 Parganas, on "
        "Wednesday, leaving one person dead and several injured. Crude bombs were hurled during the clash."
    )
    assert records_of(pipeline, text, PUB) == []
    text = (
        "HYDERABAD, Pakistan - Unknown gunmen on a motorcycle shot dead a Chinese national in Hyderabad, "
        "Sindh, on Wednesday. The Sindhudesh Revolutionary Army claimed the attack."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert ("Sindhudesh Revolutionary Army", "perpetrator") in _roles(rec)
    text = (
        "KARACHI - A Shia scholar was gunned down in a sectarian target killing in Gulshan-e-Iqbal on "
        "Tuesday, police said. The CTD suspects the banned Lashkar-e-Jhangvi."
    )
    (rec,) = records_of(pipeline, text, PUB)
    roles = _roles(rec)
    assert ("Lashkar-e-Jhangvi", "perpetrator") in roles
    assert ("Counter Terrorism Department (Pakistan)", "target") not in roles


def test_the_forces_harmed_name_the_target_not_their_vehicle() -> None:
    from veille.extract import gtd

    text = (
        "RAIPUR, India - Nine CRPF personnel were killed when Maoists triggered an IED blast targeting their "
        "mine-protected vehicle in Sukma district of Chhattisgarh on Wednesday."
    )
    assert gtd.target_type(text, text.find("blast")) == "police"
    text = (
        "Ten DRG jawans and a driver were killed when Maoists blew up their vehicle with an IED in Dantewada."
    )
    assert gtd.target_type(text, text.find("blew")) == "police"
    # people with no role stay private citizens, and a mine is still a business
    text = "Two people were killed when a bomb exploded near their car."
    assert gtd.target_type(text, text.find("bomb")) == "private_citizens_property"
    text = "Gunmen attacked a gold mine in northern Burkina Faso on Monday, killing six workers."
    assert gtd.target_type(text, text.find("attacked")) == "business"


def test_near_misses_of_the_south_asian_rules(pipeline: Pipeline) -> None:
    # soldiers honoured, no toll
    text = (
        "Pakistan marked Defence Day on Tuesday, honouring soldiers who embraced martyrdom in the fight "
        "against terrorism."
    )
    assert records_of(pipeline, text, PUB) == []
    # a bomb told in the clause after a remembrance keeps its day
    text = (
        "As Pakistan marked the anniversary on Tuesday of the Army Public School massacre, a bomb exploded "
        "in Quetta, killing three people."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert (rec["event_type"], rec["date"]["start"]) == ("attack", "2019-03-12")
    # a state's grenades or barrel bombs stay its operation
    text = (
        "Soldiers lobbed grenades which exploded inside the compound in Kupwara on Monday, killing three "
        "militants."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "ct_operation"
    # an armed party's cadres are no party crowd
    text = (
        "Cadres of the Communist Party of India (Maoist) hurled crude bombs at a police camp in Jharkhand on "
        "Monday, injuring three policemen."
    )
    (rec,) = records_of(pipeline, text, PUB)
    assert rec["event_type"] == "attack"
