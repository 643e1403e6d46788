"""Armed-conflict wording: each rule of the screen and the triggers, on invented one-line reports.

Reports of armed conflict often name no "terrorist" at all: a group's name, forces named by an
acronym, an "encounter" with security forces, an ambush of a patrol. These tests name each rule;
the negatives beside them are the close cases the rules must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from factories import assert_gives, assert_gives_none, report
from factories import event_types as types
from veille.extract.relevance import Screen
from veille.extract.triggers import GROUP_ATTACK, Hit, group_hits, is_hypothetical
from veille.kb import ActorKB
from veille.pipeline import Pipeline

POSITIVES = [
    # (rule, text, acceptable event types)
    (
        "group as subject",
        "On 3 March, the Koglweogo killed four herders near the village of Tandaga.",
        {"attack"},
    ),
    (
        "group claim, perfect infinitive",
        "ISWAP claimed to have captured and killed two Boko Haram fighters near Monguno.",
        {"attack"},
    ),
    (
        "gunmen, verb far after the subject",
        "On Sunday, unknown gunmen riding motorcycles entered the weekly market in the town of Kaya "
        "from the north road, and reportedly killed nine traders.",
        {"attack"},
    ),
    (
        "encounter with security forces",
        "A militant commander was killed in an encounter with security forces in Kupwara on Tuesday.",
        {"ct_operation", "attack"},
    ),
    (
        "forces named by acronym clashed",
        "On 2 March, SDF and SNA forces reportedly clashed near Ain Issa. No casualties were reported.",
        {"ct_operation", "attack"},
    ),
    ("assassination", "The mayor of Djibo was assassinated overnight near his home.", {"attack"}),
    (
        "a bomb planted, no other context",
        "One civilian was killed when a bomb planted under a car exploded in Sholgara on Monday.",
        {"attack"},
    ),
    (
        "executed civilians",
        "Militiamen stopped a minibus near Nassoumbou and executed six passengers on Friday.",
        {"attack"},
    ),
    ("a post attacked, passive", "A gendarmerie post was attacked overnight in Arbinda.", {"attack"}),
    (
        "killed in firing by gunmen",
        "Three policemen were killed in firing by unidentified gunmen in Quetta on Monday.",
        {"attack"},
    ),
    (
        "the murder of a public figure",
        "Guerrillas were blamed for the murder of Senator Luis Mora at a rally in Cali on Friday.",
        {"attack"},
    ),
    (
        "shot somewhere by unidentified men",
        "A nun was shot in San Miguel by several unidentified men on Sunday, the church said.",
        {"attack"},
    ),
    (
        "an attempted assassination",
        "Suspected militants attempted to assassinate a police interpreter in Deou on Monday.",
        {"attack"},
    ),
    (
        "a named air force striking",
        "On 6 May, LNA air force targeted GNA positions at the entrance to Ajaylat.",
        {"ct_operation", "attack"},
    ),
    (
        "fire exchanged across the Line of Control",
        "Indian and Pakistani troops exchanged heavy fire on the Line of Control in Poonch on Monday.",
        {"ct_operation", "attack"},
    ),
    (
        "a word that only begins like a modal ('today', 'town', 'Mayor')",
        "Militants in the town today attacked the home of Mayor Ali Musa in Bama, killing his guard.",
        {"attack"},
    ),
    (
        "an attack on a protest",
        "Gunmen opened fire on a rally in Quetta on Monday, killing four protesters.",
        {"attack"},
    ),
    (
        "forces attacked militants",
        "On Monday, government troops and hired helicopters attacked Islamic militants near Mocimboa.",
        {"ct_operation"},
    ),
    (
        "two forces clashed near a place",
        "Rebels of the TNLA and government forces clashed near Loi Mauk village on Monday.",
        {"ct_operation", "attack"},
    ),
    (
        "shells fired by a force",
        "On Monday, shells fired by presumed LNA forces injured two health workers in Tripoli.",
        {"ct_operation", "attack"},
    ),
    (
        "an explosive attack",
        "On Monday, a group carried out an explosive attack on two warehouses of a supermarket chain.",
        {"attack"},
    ),
    (
        "murders of public figures",
        "We condemn the murders of the Jesuit priests by armed men this morning at the university.",
        {"attack"},
    ),
    (
        "a phrase broken over two lines of wire copy",
        "SEVERAL PEOPLE WERE HURT BY THE EXPLOSION OF A BOMB AT A BANK. POLICE SAID THE EXPLOSIVE\nDEVICE "
        "HAD BEEN LEFT ON A BICYCLE.",
        {"attack"},
    ),
    (
        "gunned down",
        "Two officers of the border police were gunned down by separatists in the Satellite Town of Quetta.",
        {"attack"},
    ),
    (
        "killed in a fierce encounter",
        "An army officer and two militants were killed in a fierce encounter in Tral on Tuesday.",
        {"ct_operation", "attack"},
    ),
    (
        "a sniper at a protest",
        "A sniper attack on police guarding a protest march in Dallas killed five officers on Thursday.",
        {"attack"},
    ),
    (
        "an attack before the protest against it",
        "Militants attacked a police post in Kupwara on Monday. Residents protested against the killing.",
        {"attack"},
    ),
    (
        "counted people held now (not a habit)",
        "Police said 12 militants are detained after the suicide bombing of a church in Kano on Sunday.",
        {"arrest"},
    ),
    (
        "joint operation conducted",
        "French and Malian troops conducted a joint operation against jihadist camps near Menaka.",
        {"ct_operation"},
    ),
    (
        "a bomb thrown, told in the passive, at a rally",
        "A bomb was thrown at a rally in Janakpur on Thursday, killing three people.",
        {"attack"},
    ),
    (
        "a crude bomb thrown by unknown men at a rally (the crowd is the target)",
        "Some assailants hurled crude bombs at a rally of the ruling party in Rajshahi on Monday, "
        "injuring ten.",
        {"attack"},
    ),
    (
        "a clash of party cadres where shots were fired",
        "Two people were shot dead when cadres of the party clashed with the police in Birgunj on Monday.",
        {"ct_operation", "attack"},
    ),
    (
        "militants clashed with the police",
        "Militants clashed with the police in Srinagar on Monday, killing two officers.",
        {"ct_operation", "attack"},
    ),
]

NEGATIVES = [
    ("Air Force One", "The president flew to Denver on Air Force One on Tuesday for a fundraiser."),
    ("a murder trial of no public figure", "The murder of a shopkeeper in Leeds went to trial on Monday."),
    ("character assassination", "The senator called the report a character assassination and left."),
    ("a group banned, no act", "Parliament debated whether Hizb ut-Tahrir should be banned, without a vote."),
    ("forces of the market", "Market forces pushed the price of wheat up in March."),
    (
        "a vigil's cause",
        "Hundreds of residents held a vigil in Leeds after a terrorist attack the previous day.",
    ),
    (
        "a march's cause",
        "Women in Koudougou marched in support of the army amid a rise in militant attacks on soldiers.",
    ),
    ("protesters and police", "Protesters burnt tyres and clashed with the police in Nakuru on Monday."),
    (
        "a shutdown and the police",
        "Youths clashed with government forces in Palhallan as a shutdown entered its fifth day.",
    ),
    ("strike enforcers", "Agitating party cadres set a truck on fire for defying the bandh in Birgunj."),
    ("teams clashed", "The two football teams clashed in Madrid on Sunday, and fans fought in the stands."),
    (
        "protesters arrested",
        "Police arrested more than 40 party cadres in Pune when they continued to protest outside the court.",
    ),
    (
        "picketers threw crude bombs",
        "Picketers exploded eight crude bombs near the magistrate court in Dhaka on Monday.",
    ),
    (
        "protesters threw a petrol bomb",
        "Protesters hurled a petrol bomb at a police van in Janakpur on Thursday.",
    ),
    (
        "strike supporters set buses on fire",
        "In Rajshahi, hartal supporters torched two buses by hurling petrol bombs at the bus terminal "
        "on Monday.",
    ),
    (
        "party cadres clashed with the police, stun grenades fired",
        "Cadres of the front clashed with the police in Taulihawa on Wednesday. The police fired tear gas "
        "shells and a few stun grenades.",
    ),
    (
        "clashes between youths and the forces",
        "Clashes broke out between groups of youth and government forces outside the mosque in Srinagar.",
    ),
    ("shots fired into the air", "Soldiers fired into the air and blocked the western entrance to the town."),
    ("warning shots", "Police forces fired shots in the air to disperse the crowd in Kuito on Friday."),
    (
        "a habit in the present passive",
        "Suspected militants are routinely arrested at checkpoints and handed to the army, the report said.",
    ),
]


@pytest.mark.parametrize("rule,text,expected", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_armed_conflict_wording_gives_a_record(
    pipeline: Pipeline, rule: str, text: str, expected: set[str]
) -> None:
    assert_gives(pipeline, rule, text, expected)


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_close_cases_give_no_record(pipeline: Pipeline, rule: str, text: str) -> None:
    assert_gives_none(pipeline, rule, text)


def test_screen_passes_a_named_group_beside_an_act_and_nothing_else(kb: ActorKB) -> None:
    text = "On 3 March, the Koglweogo killed four herders near the village of Tandaga."
    assert Screen().check(report(text)) is not None  # no vocabulary without the knowledge base
    assert Screen(kb).check(report(text)) is None
    assert Screen(kb).check(report("The Koglweogo held a meeting in Kaya on Sunday.")) is not None


def test_screen_passes_a_group_acronym_only_beside_another_group(kb: ActorKB) -> None:
    text = "On 3 March, ISWAP claimed to have killed two JNIM fighters near the village of Tandaga."
    assert Screen(kb).check(report(text)) is None
    # one acronym alone names other things too often
    alone = "On 3 March, JNIM said two of its men were killed near Tandaga."
    assert Screen(kb).check(report(alone)) is not None


def test_group_hits_only_where_the_group_is_the_subject(kb: ActorKB) -> None:
    def hits(text: str) -> list[Hit]:
        return group_hits(kb.find(text), 0, text)

    assert [h.trigger for h in hits("Al-Shabaab fighters stormed a hotel in Kismayo.")] == [GROUP_ATTACK]
    assert hits("Soldiers killed five al-Shabaab fighters near Kismayo.") == []
    assert hits("Three al-Shabaab fighters were killed near Kismayo.") == []
    assert hits("Troops clashed with al-Shabaab near Kismayo.") == []


def test_perfect_infinitive_is_not_hypothetical() -> None:
    sent = "The group claimed to have attacked the convoy."
    trig: Any = type("T", (), {"event_type": "attack", "name": "attack_noun"})()
    at = sent.index("attacked")
    assert not is_hypothetical(sent, Hit(trig, at, at + len("attacked")))
    plan = "The group planned to attack the convoy."
    at = plan.index("attack ")
    assert is_hypothetical(plan, Hit(trig, at, at + len("attack")))


# --- what is not a happening ---------------------------------------------------------------------

NOT_HAPPENINGS = [
    ("negation with not", "The air force spokesman said: we are not bombing the villages near the border."),
    (
        "figurative explosion",
        "Rebel leaders said the political crisis which had exploded last week must end.",
    ),
    (
        "figurative battle",
        "The minister vowed to win the battle against terrorism, guerrillas or no guerrillas.",
    ),
    ("a habit, not a happening", "The guerrillas who attack the population are without food, the army said."),
]


@pytest.mark.parametrize("rule,text", NOT_HAPPENINGS, ids=[n[0] for n in NOT_HAPPENINGS])
def test_words_that_report_no_happening(pipeline: Pipeline, rule: str, text: str) -> None:
    assert_gives_none(pipeline, rule, text)


def test_an_attempted_killing_is_an_attack_and_a_threat_is_not(pipeline: Pipeline) -> None:
    assert "attack" in types(pipeline, "Unidentified armed men tried to kill a district official in Kaya.")
    assert "attack" not in types(pipeline, "Gunmen threatened to kill the village chief of Tandaga.")


# --- counts and names ----------------------------------------------------------------------------


def killed(pipeline: Pipeline, text: str) -> Any:
    recs = [r for r in pipeline.process(report(text)).records if r.record_type == "event"]
    assert recs, text
    return recs[0].counts.killed


def test_stated_zero_deaths_in_other_words(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a gendarmerie post in Arbinda on Monday. "
        "Neither injuries nor fatalities were reported."
    )
    assert killed(pipeline, text) == 0


def test_people_taken_and_no_death_anywhere_is_zero_killed(pipeline: Pipeline) -> None:
    assert killed(pipeline, "Suspected militants abducted two teachers near Djibo on Monday.") == 0
    # a death elsewhere in the report leaves the toll unknown rather than zero
    text = "Suspected militants abducted two teachers near Djibo on Monday. A body was found later."
    assert killed(pipeline, text) is None


def test_a_place_the_tagger_took_for_a_name_is_no_person(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a teacher, Ahmed Salah, near his home in Al Khawkhah on Monday."
    recs = pipeline.process(report(text)).records
    people = {a.name for r in recs for a in r.actors if a.kind == "person"}
    assert "Al Khawkhah" not in people


def test_offsets_stay_right_after_a_negated_context_phrase(pipeline: Pipeline) -> None:
    # "ruled out terrorism" is blanked before triggers are read; evidence offsets must still
    # point at the right sentence of the original text.
    text = (
        "Police ruled out terrorism in the warehouse fire on Sunday. "
        "On Monday, gunmen stormed a checkpoint in Kandahar and killed two soldiers."
    )
    recs = [r for r in pipeline.process(report(text)).records if r.event_type == "attack"]
    assert recs
    ev = recs[0].evidence[0]
    assert text[ev.start : ev.end].startswith("On Monday, gunmen stormed")


# --- one article, several attacks --------------------------------------------------------------


def attacks(pipeline: Pipeline, text: str) -> list[Any]:
    return [r for r in pipeline.process(report(text)).records if r.event_type == "attack"]


def test_an_attack_told_with_its_own_date_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 12 MAR 24 -- A bomb exploded tonight outside a newspaper office in Bogota, "
        "injuring a guard. On 2 March the paper's main offices were destroyed by a powerful bomb "
        "in Medellin."
    )
    got = attacks(pipeline, text)
    assert len(got) == 2
    assert sorted(r.date.start for r in got) == ["2024-03-02", "2024-03-12"]


def test_a_claim_or_a_definite_reference_on_another_day_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "Jihadist fighters ambushed an army convoy near Sevare on Tuesday, killing 12 soldiers. "
        "The group claimed the ambush on Wednesday."
    )
    assert len(attacks(pipeline, text)) == 1


def test_counts_read_slashed_group_names() -> None:
    from veille.extract.counts import find_counts

    got = [(m.slot, m.value) for m in find_counts("Five TTP/LEI militants were killed in a clash.")]
    assert ("killed", 5) in got


def test_a_zero_after_a_shelling_is_read_too(pipeline: Pipeline) -> None:
    text = "Regime forces shelled Kafr Nabl on Sunday. Neither fatalities nor injuries were reported."
    recs = [r for r in pipeline.process(report(text)).records if r.record_type == "event"]
    assert recs and recs[0].counts.killed == 0 and recs[0].counts.wounded == 0


# --- asides ----------------------------------------------------------------------------------


def test_a_recalled_attack_in_an_aside_gives_neither_place_nor_toll(pipeline: Pipeline) -> None:
    text = (
        "NICE, France -- Police arrested three people on Saturday. Thursday night's attack plunged "
        "France into new grief just eight months after gunmen killed 130 people in Paris."
    )
    recs = attacks(pipeline, text)
    assert recs
    assert all(r.counts.killed != 130 for r in recs)
    assert all(loc.name != "Paris" for r in recs for loc in r.locations)


def test_an_aside_holding_the_trigger_is_the_happening(pipeline: Pipeline) -> None:
    text = (
        "Parts of Denver airport were evacuated on Tuesday, hours after at least 31 people were "
        "killed in suicide bomb attacks on Brussels airport."
    )
    recs = attacks(pipeline, text)
    assert recs and recs[0].counts.killed == 31


def test_the_place_attached_to_the_happening_keeps_a_reaction_place_out(pipeline: Pipeline) -> None:
    text = (
        "Parts of Denver airport were evacuated on Tuesday, hours after a suicide bomb attack on a "
        "metro station in Kabul killed 31 people."
    )
    recs = attacks(pipeline, text)
    assert recs and {loc.country_code for loc in recs[0].locations} == {"AF"}


def test_containers_after_a_misread_attached_town_stay(pipeline: Pipeline) -> None:
    # the places told after the happening's words are kept whatever the attached one reads as
    text = "Assailants attacked a village in Dowm Qala, Faryab, Afghanistan, killing three policemen."
    recs = attacks(pipeline, text)
    assert recs and "AF" in {loc.country_code for loc in recs[0].locations}


def test_an_attack_in_another_town_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "A bomb exploded in a market in Kabul on Monday, killing five people. "
        "In Kandahar, gunmen killed three policemen at a checkpoint."
    )
    records = pipeline.process(report(text)).records
    assert [(r.locations[0].name, r.counts.killed) for r in records] == [("Kabul", 5), ("Kandahār", 3)]
    # the same town again, or the attack referred back to: one attack
    text = (
        "A bomb exploded in a market in Kabul on Monday, killing five people. "
        "The attack in Kabul was claimed by the Taliban."
    )
    assert types(pipeline, text) == ["attack"]


def test_a_security_post_attacked_by_anyone_is_an_attack(pipeline: Pipeline) -> None:
    text = "IN SAN MIGUEL, URBAN COMMANDOS ATTACKED A POLICE POST ON MONDAY, WOUNDING TWO POLICEMEN."
    assert types(pipeline, text) == ["attack"]


def test_a_claim_to_have_killed_tells_the_toll_of_the_attack_at_hand(pipeline: Pipeline) -> None:
    text = (
        "On 10 March, militants attacked an army base in Awdheegle. The two sides exchanged heavy "
        "gunfire and the militants claimed to have killed 3 soldiers."
    )
    records = pipeline.process(report(text)).records
    assert [r.counts.killed for r in records if r.event_type == "attack"] == [3]


def test_modal_and_descriptive_cues_are_whole_words() -> None:
    from veille.extract.triggers import DESCRIPTIVE_BEFORE, MODAL_BEFORE

    assert MODAL_BEFORE.search("they planned an ") and MODAL_BEFORE.search("militants could ")
    assert not MODAL_BEFORE.search("the government today denounced the ")  # "to" in "today"
    assert not MODAL_BEFORE.search("gunmen in the town of ")  # "to" in "town"
    assert DESCRIPTIVE_BEFORE.search("a network that used social media to ")  # a cue ending in a space
    assert not DESCRIPTIVE_BEFORE.search("two suspected officers ")  # "suspected of" in "officers"
