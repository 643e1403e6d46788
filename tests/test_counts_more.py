"""The count finder on general forms of killed and wounded: one rule per block, each with
invented sentences that show the grammar and negatives that must stay empty."""

from __future__ import annotations

import pytest

from veille.extract.counts import aggregate, find_counts


def counts(text: str, *, upper: bool = False) -> dict[str, int]:
    """The non-empty slots that ``aggregate`` gives for ``text``."""
    agg = aggregate(find_counts(text, upper=upper))
    return {k: v for k, v in agg.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _unknown_victim: "a/an" + a head the lexicon lacks, after a killing verb, is one victim
        ("Bandits killed a ferryman near the river.", {"killed": 1}),
        ("Gunmen shot dead a wildlife ranger's assistant near the park.", {"killed": 1}),
        ("Gunmen shot dead a forest tracker near the park.", {"killed": 1}),
        ("Militants assassinated a district councilman in the town.", {"killed": 1}),
        ("Unknown men stabbed an itinerant herbalist at the market.", {"wounded": 1}),
        ("Gunmen shot dead a local school teacher and burned two schools.", {"killed": 1}),
        # ... but not things, plural heads, or "an unknown number"
        ("The vote killed a bill on Tuesday.", {}),
        ("Troops killed an unspecified number of rebels.", {}),
        ("Gunmen killed a school.", {}),
        ("The bomb killed an additional 3 people.", {"killed": 3}),
        ("Gunmen killed an average of 3 people a day.", {}),
        ("Stray bullets wounded a camel and its calf.", {}),
        # "to death": the hurting verb kills
        ("The militia tortured a young shepherd to death.", {"killed": 1}),
        ("A mob beat him to death after the prayers.", {"killed": 1}),
        ("Villagers stoned two thieves to death.", {"killed": 2}),
        ("Five armed men shot to death the chairman of a village council.", {"killed": 1}),
        ("The crowd tried to beat him to death.", {}),
        ("Gunmen shot a farmer in the leg.", {}),
        # one number shared by two bare plurals
        ("At least 14 guards and gendarmes were killed in the assault.", {"killed": 14}),
        ("4 Taliban and IS militants were killed by airstrikes.", {"killed": 4}),
        ("Troops killed 3 militants and arrested suspects.", {"killed": 3}),
        # a parenthesis between the group and its verb, and an inner count after it
        (
            "At least 14 guards and gendarmes (11 according to rebel claims) were killed.",
            {"killed": 14},
        ),
        (
            "4 policemen (3 according to rebel sources) including a commander were killed.",
            {"killed": 4},
        ),
        ("Troops killed at least 10 militants (7 corpses recovered).", {"killed": 10}),
        ('"Two rebels - both local men - were killed in the raid," police said.', {"killed": 2}),
        # a group name in quotes
        ("Rebels said 6 'Arbakis' and 1 fighter were killed.", {"killed": 7}),
        ('Police said 3 "terrorists" were killed.', {"killed": 3}),
        # post-modifiers between the group and its verb
        (
            "Six rebels thought to be members of a banned faction were killed in a raid.",
            {"killed": 6},
        ),
        ("Two people from a displaced camp were killed by a blast.", {"killed": 2}),
        ("Two people travelling were killed when their bus hit a mine.", {"killed": 2}),
        (
            "At least 12 suspected rebels believed to be involved in the raid died in a clash.",
            {"killed": 12},
        ),
        ("Five people in the town died in the attack.", {"killed": 5}),
        ("Police arrested 2 men in the village where 3 soldiers were killed.", {"killed": 3, "arrested": 2}),
        ("Police arrested 2 men in the village who were later released.", {"arrested": 2}),
        ("Five rebels suspected of the raid killed 3 soldiers.", {"killed": 3}),
        # coordination across an "of" complement, a parenthesis, "as well as" + plural verb
        (
            "Two leaders of the rebel outfit and a member of a banned group were killed.",
            {"killed": 3},
        ),
        ("Police killed two members of the gang and arrested three.", {"killed": 2, "arrested": 3}),
        (
            "Rebels raided the village, killing three volunteer guards (VDG) and eleven civilians.",
            {"killed": 14},
        ),
        (
            "An important rebel commander, as well as four other militants were killed.",
            {"killed": 5},
        ),
        # "was shot ... and died", "were wounded and later died"
        ("A police officer was shot in the head and died.", {"killed": 1}),
        ("Three soldiers were wounded and later died in hospital.", {"killed": 3}),
        ("A policeman was targeted by gunmen and killed in the city.", {"killed": 1}),
        ("Three soldiers were wounded and two died.", {"killed": 2, "wounded": 3}),
        ("A man was shot and wounded and a woman died.", {"killed": 1, "wounded": 1}),
        (
            "A guard was injured before the gunman was shot and killed by police.",
            {"killed": 1, "wounded": 1},
        ),
        (
            "Rebels attacked a post, wounding a girl and a guard who later died of his wounds.",
            {"killed": 1, "wounded": 2},
        ),
        ("Five people in the town later died.", {"killed": 5}),
        # "killed and VERBed OBJECT"
        ("Gunmen killed and robbed a trader on the road.", {"killed": 1}),
        ("Gunmen robbed and beat a trader on the road.", {}),
        # ranges are read as their lower bound
        ("Gunmen killed between 8 and 15 people in the market.", {"killed": 8}),
        ("10-15 rebels were killed and 6-10 were wounded.", {"killed": 10, "wounded": 6}),
        ("Children aged 10-15 were injured in the blast.", {}),
        ("He was jailed for 5-10 years.", {}),
        ("Between 2015 and 2018 militants killed many villagers.", {}),
        ("From 2015 to 2018 soldiers were killed in the region.", {}),
        # "them" after a killing verb counts those just seized or abducted
        ("Militiamen captured two thieves and killed them after questioning.", {"killed": 2, "arrested": 2}),
        ("Gunmen abducted 7 workers. They later killed them.", {"killed": 7, "kidnapped": 7}),
        ("Gunmen abducted 7 workers and threatened to kill them.", {"kidnapped": 7}),
        ("Police arrested 5 suspects who had attacked soldiers and killed them.", {"arrested": 5}),
        ("Three miners were abducted; their bodies were found on Monday.", {"killed": 3, "kidnapped": 3}),
        ("Police arrested 4 men. Their bodies bore marks of torture.", {"arrested": 4}),
        # prepositions before a counted noun do not hide the count
        ("The clash resulted in one death.", {"killed": 1}),
        ("The raid resulted in 4 rebel fatalities.", {"killed": 4}),
        ("The court heard the case in 12 sessions.", {}),
        ("The attack happened in 2019 and soldiers were killed.", {}),
        # a singular nominal whose object is one named or titled person
        ("They condemned the murder of former defence minister Juan Ortiz.", {"killed": 1}),
        ("They denied any role in the assassination of Bernardo Quintero.", {"killed": 1}),
        ("The murder of civilians must stop.", {}),
        ("The murder of democracy is under way.", {}),
        ("In retaliation for the killing of commander Ali, rebels attacked.", {}),
        ("He was charged with involvement in the murder of Major Ruiz.", {}),
        ("Nobody knew who planned the murder of Father Lopez and the other priests.", {}),
        ("The president condemned the assassination of Dr Jose Ruiz and called for calm.", {"killed": 1}),
        # one death named by its result, one body found
        ("Gunmen shot a farmer, resulting in his death.", {"killed": 1}),
        ("He faces the death penalty.", {}),
        ("A man's body was found in the countryside.", {"killed": 1}),
        ("The body of a soldier was found near the road.", {"killed": 1}),
        ("The body of the car was found in a ditch.", {}),
        ("A family of five was killed in the strike.", {"killed": 5}),
        ("Shells killed a family of three and injured two others.", {"killed": 3, "wounded": 2}),
        # clauses of one sentence about different people add up; separate reports do not
        ("Two soldiers were killed and three civilians died in the attack.", {"killed": 5}),
        ("3 soldiers were killed on the spot and 2 died in hospital.", {"killed": 5}),
        (
            "Three soldiers were killed, two bodies of insurgents were found, and 9 were captured.",
            {"killed": 5, "arrested": 9},
        ),
        ("Five people were killed and three soldiers died.", {"killed": 5}),
        ("Two soldiers were killed. Three civilians were killed.", {"killed": 3}),
        ("Officials said 20 people were killed, and the toll rose to 25.", {"killed": 25}),
        (
            "Police said 3 soldiers were killed, while rebels claimed 9 soldiers were killed.",
            {"killed": 9},
        ),
        # one figure for several outcomes is no slot
        ("3 militants were killed, injured or captured.", {}),
        # numbers that are not counts stay out of every new rule
        ("He was killed 5 years ago in the same village.", {"killed": 1}),
        ("The 45-year-old farmer was killed in 2019.", {"killed": 1}),
        ("Gunmen killed a man aged 45 and stole 300 dollars.", {"killed": 1}),
        ("The officer, 52, was wounded.", {"wounded": 1}),
        ("Gunmen attacked a village and burned houses.", {}),
        ("The soldiers killed were aged 21 and 23.", {}),
    ],
)
def test_general_forms(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


def test_upper_case_wire_copy_reads_the_same() -> None:
    assert counts("MILITANTS KILLED A FERRYMAN NEAR THE RIVER.") == {"killed": 1}
    assert counts("THEY CONDEMNED THE MURDER OF PRESIDENTIAL CANDIDATE JUAN ORTIZ.") == {"killed": 1}
    assert counts("THEY CONDEMNED THE MURDER OF JUAN ORTIZ.") == {}  # no case, no name
    assert counts("TWO PEOPLE FROM A DISPLACED CAMP WERE KILLED BY A BLAST.") == {"killed": 2}
    assert counts("THE MILITIA TORTURED A YOUNG SHEPHERD TO DEATH.") == {"killed": 1}


def test_range_is_marked_approximate() -> None:
    (m,) = find_counts("Gunmen killed between 8 and 15 people.")
    assert (m.slot, m.value, m.approx, m.text) == ("killed", 8, True, "between 8 and 15")


def test_bodies_of_fighters_are_on_the_perpetrator_side() -> None:
    (m,) = [m for m in find_counts("Troops recovered 11 bodies of militants.") if m.slot == "killed"]
    assert (m.value, m.perpetrator_side, m.subject) == (11, True, "militants")


def test_clauses_of_one_sentence_share_a_group() -> None:
    ms = find_counts("Two policemen were killed while three civilians died.")
    assert [m.value for m in ms] == [2, 3]
    assert ms[0].group == ms[1].group


def test_people_counted_as_wounded_are_not_the_people_killed() -> None:
    text = (
        "He was not assisted in the attack, which also wounded 53 people. Funerals were held in Puerto "
        "Rico, home to many of the people killed."
    )
    assert counts(text) == {"wounded": 53}
    # ... an anaphor of the same slot still takes the number
    assert counts("Police arrested five people. The people arrested were taken to Lahore.") == {"arrested": 5}
