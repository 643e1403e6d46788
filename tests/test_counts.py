"""The count finder: numbers, slots, exclusions and one value per slot."""

from __future__ import annotations

import pytest

from veille.extract.counts import CountMention, aggregate, find_counts, parse_number
from veille.records import COUNT_SLOTS


def counts(text: str, *, upper: bool = False, gtd_style: bool = True) -> dict[str, int]:
    """The non-empty slots that ``aggregate`` gives for ``text``."""
    agg = aggregate(find_counts(text, upper=upper), gtd_style=gtd_style)
    return {k: v for k, v in agg.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("eight", 8),
        ("EIGHT", 8),
        ("13", 13),
        ("1,200", 1200),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("twenty-three", 23),
        ("twenty three", 23),
        ("two hundred", 200),
        ("one hundred and fifty", 150),
        ("2.5 million", 2_500_000),
        ("at least 12", 12),
        ("more than thirty", 30),
        ("dozens", 24),
        ("scores", 40),
        ("hundreds", 200),
        ("thousands", 2000),
        ("tens of thousands", 20_000),
        ("several", 3),
        ("a few", 2),
        ("both", 2),
        ("many", None),
        ("7.62", None),
        ("third", None),
        ("three four", None),
        ("", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive and active, digits and words
        ("Eight people were killed in the blast.", {"killed": 8}),
        ("The explosion killed 13 and wounded 40.", {"killed": 13, "wounded": 40}),
        ("Gunmen opened fire on a bus, killing three.", {"killed": 3}),
        ("The car bomb left five dead and a dozen injured.", {"killed": 5, "wounded": 12}),
        ("The attack claimed the lives of nineteen pilgrims.", {"killed": 19}),
        ("Two soldiers died of their wounds on Tuesday.", {"killed": 2}),
        ("Officials said 4 people were dead and 9 hurt.", {"killed": 4, "wounded": 9}),
        ("The death toll rose to 17 on Sunday.", {"killed": 17}),
        ("The bombing caused 22 deaths, according to the ministry.", {"killed": 22}),
        ("Police reported three fatalities.", {"killed": 3}),
        ("At least 12 worshippers were injured when the roof collapsed.", {"wounded": 12}),
        ("Eleven passengers sustained injuries in the attack.", {"wounded": 11}),
        ("More than 30 civilians were wounded.", {"wounded": 30}),
        ("Dozens of students were hurt in the stampede.", {"wounded": 24}),
        # a/an = 1 for singular victims with killed/wounded
        ("One person was killed in the shooting.", {"killed": 1}),
        ("A soldier was killed and another was wounded.", {"killed": 1, "wounded": 1}),
        ("The gunmen killed the driver and fled.", {"killed": 1}),
        ("Three officers were killed and a fourth was injured.", {"killed": 3, "wounded": 1}),
        ("Assailants shot and killed Colonel Rahim Zadran in his office.", {"killed": 1}),
        ("Karimi, a local councillor, was killed in the blast.", {"killed": 1}),
        # several slots and groups in one sentence
        ("Three soldiers and two civilians were killed.", {"killed": 5}),
        (
            "Twelve people, including 3 children, were wounded in the explosion.",
            {"wounded": 12},
        ),
        (
            "Two policemen were killed, and four bystanders were wounded by shrapnel.",
            {"killed": 2, "wounded": 4},
        ),
        (
            "The militants killed two guards, and three visitors were wounded.",
            {"killed": 2, "wounded": 3},
        ),
        (
            "Five people, three soldiers and two civilians, were injured in the blast.",
            {"wounded": 5},
        ),
        # perpetrators, GTD-style
        (
            "In addition to the four assailants, 28 people were killed in the attack.",
            {"killed": 32},
        ),
        ("28 people were killed in addition to the four assailants.", {"killed": 32}),
        ("The bomber blew up his vest, killing himself and six others.", {"killed": 7}),
        (
            "Two police officers and five militants were killed in the clash.",
            {"killed": 7},
        ),
        # arrests, kidnappings, cells
        ("Police arrested two suspects, one of them a minor, in Tangier.", {"arrested": 2}),
        ("Seven men were detained in dawn raids.", {"arrested": 7}),
        ("Four suspects were taken into custody on Friday.", {"arrested": 4}),
        ("Security forces apprehended a dozen alleged jihadists.", {"arrested": 12}),
        ("Gunmen abducted 14 schoolgirls from the village.", {"kidnapped": 14}),
        ("Nine aid workers were taken hostage near the border.", {"kidnapped": 9}),
        ("Rebels seized three foreign engineers at the mine.", {"kidnapped": 3}),
        ("The ministry said it had dismantled 13 cells this year.", {"cells": 13}),
        ("Two terrorist cells were dismantled in Casablanca and Fes.", {"cells": 2}),
        # persons: deported, repatriated, charged, convicted ...
        ("France deported 40 foreign nationals over radicalisation.", {"persons": 40}),
        ("Kazakhstan repatriated 12 women and 25 children from Syria.", {"persons": 37}),
        ("Six men were charged with terrorism offences.", {"persons": 6}),
        ("The court convicted eight defendants and acquitted two.", {"persons": 8}),
        ("Three suspects were extradited to Belgium.", {"persons": 3}),
        ("The group freed 11 hostages on Monday.", {"persons": 11}),
        ("About 1,500 foreign fighters travelled to Iraq.", {"persons": 1500}),
        # appositives, inner counts and unknown parts
        ("Rahimi, a tribal elder, and his driver were killed.", {"killed": 2}),
        ("Nasir and his two sons were killed in the ambush.", {"killed": 3}),
        (
            "Two guards and an unknown number of attackers were wounded in the raid.",
            {"wounded": 2},
        ),
        (
            "At least nine people, including a judge, two clerks and six visitors, died.",
            {"killed": 9},
        ),
        ("Four miners [names withheld] were also abducted.", {"kidnapped": 4}),
        ("The attacker detonated his belt, killing only himself.", {"killed": 1}),
        ("The bomber was the only reported casualty.", {"killed": 1}),
        ("Inspector Juan Ortega died in the explosion.", {"killed": 1}),
        ("Two men were shot; there were no other casualties.", {}),
        # zeros
        ("No casualties were reported in the attack.", {"killed": 0, "wounded": 0}),
        ("No one was hurt in the explosion.", {"wounded": 0}),
        # vague and approximate
        ("Several people were injured.", {"wounded": 3}),
        ("Dozens were hurt and at least 27 were wounded.", {"wounded": 27}),
        ("Hundreds of villagers were abducted over the years.", {"kidnapped": 200}),
    ],
)
def test_counts(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THREE PEOPLE WERE WOUNDED IN THE ATTACK.", {"wounded": 3}),
        ("TERRORISTS KILLED 12 PEASANTS IN THE VILLAGE.", {"killed": 12}),
        (
            "TWO PEOPLE WERE KILLED AND 12 WERE WOUNDED TODAY, INCLUDING 3 POLICEMEN.",
            {"killed": 2, "wounded": 12},
        ),
        ("THE ARMY CAPTURED FIVE GUERRILLAS NEAR THE RIVER.", {"arrested": 5}),
        ("THE FMLN KIDNAPPED TWO MAYORS ON 3 NOV 89.", {"kidnapped": 2}),
        ("THE MAYOR, 65, WAS ASSASSINATED YESTERDAY.", {"killed": 1}),
    ],
)
def test_all_caps(text: str, expected: dict[str, int]) -> None:
    assert counts(text, upper=True) == expected
    assert counts(text) == expected  # detected without the flag too


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man was arrested in 2019.",  # age, year; "a" is not 1 for arrests
        "The suspect, aged 23, appeared before the court.",
        "Mohammed Ali (23) was questioned by police.",
        "The attack took place on 3 March at 10:30.",
        "The blast hit the building at 12 Rue de la Paix.",
        "Police found $5,000 and 5 million dirhams in cash.",
        "Support for the group fell by 12 percent.",
        "He was sentenced to five years in prison.",
        "It was the third attack this month.",
        "The 19th of April Movement and M-19 rejected the talks.",
        "The November 17 group claimed the bombing.",
        "He was charged under Article 5 of the penal code.",
        "Flight 93 crashed near Shanksville.",
        "The convoy was ambushed on Route 7.",
        "Call the hotline on 0800 123 456 for details.",
        "Police seized 9mm pistols and AK-47 rifles.",
        "The group vowed to kill 100 soldiers.",
        "The bomb could have killed dozens.",
        "Since 2015 the group has carried out 40 attacks.",
        "Police killed it off quickly in five minutes.",
        "Militants destroyed 12 houses and torched 3 vehicles.",
        "THE EXTRADITABLES THREATENED TO KILL 10 JUDGES.",
        "BOGOTA, 4 SEP 89 (EFE) -- THE 19 APRIL MOVEMENT MET TODAY.",
        "Super Mario Advance 4, recently released, sold well.",
        "The witness, who is not related to the victims, spoke to reporters.",
        "It was the ninth one held at the club.",
        "Police held talks with 12 community leaders.",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_mention_fields_and_offsets() -> None:
    text = "In addition to the two assailants, 15 people were killed."
    mentions = find_counts(text, offset=100)
    by_text = {m.text: m for m in mentions}
    perp = by_text["two"]
    assert perp.slot == "killed" and perp.perpetrator_side and perp.additive
    assert perp.subject == "assailants"
    victims = by_text["15"]
    assert victims.value == 15 and not victims.perpetrator_side and victims.subject == "people"
    for m in mentions:
        assert text[m.start - 100 : m.end - 100] == m.text
        assert m.slot in COUNT_SLOTS


def test_approx_and_person_verb() -> None:
    (m,) = find_counts("At least 20 migrants were deported to Niger.")
    assert (m.slot, m.value, m.approx, m.person_verb) == ("persons", 20, True, "deported")
    assert m.text == "At least 20"
    (m,) = find_counts("Twelve suspects were convicted on Monday.")
    assert (m.approx, m.person_verb) == (False, "convicted")
    (m,) = find_counts("Dozens of people were hurt.")
    assert m.vague and m.approx and m.value == 24


def test_aggregate_takes_max_of_separate_statements() -> None:
    text = "Twelve people were killed. Later the toll rose to 15. At least 12 died."
    assert counts(text) == {"killed": 15}


def test_aggregate_does_not_double_count_the_same_victim() -> None:
    text = "A police officer was killed in the attack. The officer was killed at his post."
    assert counts(text) == {"killed": 1}


def test_aggregate_gtd_style_off_keeps_victims_only() -> None:
    text = "In addition to the four assailants, 28 people were killed."
    assert counts(text, gtd_style=False) == {"killed": 28}
    assert counts("Five assailants were killed.", gtd_style=False) == {"killed": 5}


def test_aggregate_prefers_specific_to_vague_and_ignores_periods() -> None:
    text = "Dozens were injured. Exactly 31 people were injured. "
    text += "More than 900 people have been injured since 2015."
    assert counts(text) == {"wounded": 31}


def test_casualties_alone_is_not_a_slot() -> None:
    assert counts("The blast caused 14 casualties.") == {}


def test_anaphora_within_the_text() -> None:
    text = "Gunmen abducted three tribal elders. The elders were killed the next day."
    assert counts(text) == {"kidnapped": 3, "killed": 3}


def test_aggregate_empty() -> None:
    assert aggregate([]) == dict.fromkeys(COUNT_SLOTS)


def test_aggregate_sums_groups_and_additions() -> None:
    def m(slot: str, value: int, start: int, group: int, **kw: bool) -> CountMention:
        return CountMention(slot, value, start, start + 1, str(value), group=group, **kw)

    mentions = [
        m("killed", 3, 0, 0),
        m("killed", 2, 5, 0, perpetrator_side=True),
        m("killed", 4, 10, 10),
        m("killed", 4, 10, 10),  # passed twice: counted once
        m("killed", 1, 20, 20, additive=True),
        m("arrested", 5, 30, 30),
        m("arrested", 2, 40, 40, subset=True),
    ]
    agg = aggregate(mentions)
    assert agg["killed"] == 4 + 1 + 2
    assert agg["arrested"] == 5
    assert agg["wounded"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline dash is not a range ("10-12")
        ("NICE, France - Two suspects, one of them a minor, were arrested on Tuesday.", {"arrested": 2}),
        # "no one else", "nobody": zero, never one
        ("The vest did not detonate and no one else was hurt.", {"wounded": 0}),
        ("Nobody was hurt as the building was empty.", {"wounded": 0}),
        # nouns joined under one "no": each is zero ("no other casualties" is not a total, nor
        # casualties unknown a zero)
        ("Militants attacked the village. Outcome not reported and casualties unknown.", {}),
        (
            "Gunmen fired at an ambulance, with no resulting injuries or fatalities.",
            {"killed": 0, "wounded": 0},
        ),
        # the assailant the police shot counts too (GTD)
        (
            "A man stabbed two passers-by before police shot and wounded him.",
            {"wounded": 3},
        ),
        ("The gunman killed two guards before soldiers shot him dead.", {"killed": 3}),
        ("Soldiers shot dead a man wearing an explosive vest.", {"killed": 1}),
        # "a total of" restates the count in people
        ("Iraq repatriated 152 families, a total of 608 people, from the camp.", {"persons": 608}),
        ("Two Belgian women and six children were flown back from the camp.", {"persons": 8}),
        # "a four-member cell ... The suspects": the members are the anaphor's number
        (
            "Police dismantled a four-member cell in Tangier. The suspects were arrested in raids.",
            {"cells": 1, "arrested": 4},
        ),
        ("Police dismantled a cell in Fes.", {"cells": 1}),
        # a long reduced relative between the group and its verb
        (
            "Four men suspected of belonging to an Islamic State-inspired network were arrested.",
            {"arrested": 4},
        ),
        # ages as nouns, coordinated single persons
        ("They questioned a 17-year-old and a 19-year-old who were detained in Nice.", {"arrested": 2}),
        ("Two 16-year-olds were arrested at the airport.", {"arrested": 2}),
        # hospital treatment with a number is a count of the wounded; "the suspect" is not
        ("The agency said 41 people were still being treated in hospital.", {"wounded": 41}),
        ("Five men were arrested.", {"arrested": 5}),
    ],
)
def test_counts_more_forms(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


def test_a_single_person_treated_in_hospital_is_not_counted_again() -> None:
    assert counts("The suspect, a 30-year-old Syrian, is also being treated in hospital.") == {}


def test_an_inner_count_without_commas_leaves_the_verb_to_the_main_count() -> None:
    ms = find_counts("Five people including a suicide bomber were killed and 36 wounded in the attack.")
    assert aggregate(ms)["killed"] == 5
    assert aggregate(ms)["wounded"] == 36
    assert aggregate(find_counts("Nine people including two children were killed."))["killed"] == 9
