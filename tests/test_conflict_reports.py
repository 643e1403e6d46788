"""Reports of armed conflict told without the words of terrorism, and attacks spoken of in general.

Each case names the rule it checks. Sentences are invented; the close cases beside them are the
ones the rules must leave alone.
"""

from __future__ import annotations

import pytest

from factories import assert_gives, assert_gives_none, ent, report
from factories import event_types as types
from veille.extract.actors import actors_for
from veille.extract.lexicon import find_triggers
from veille.extract.relevance import Screen
from veille.extract.triggers import Hit, group_hits, is_generic, is_hypothetical, main_hit
from veille.kb import ActorKB
from veille.nlp.segment import split_sentences
from veille.pipeline import Pipeline
from veille.records import AnnotatedArticle, Article

POSITIVES = [
    # (rule, text, acceptable event types)
    (
        "still launching attacks, told on a day",
        "Rebels are still launching attacks on the town, residents said on Tuesday.",
        {"attack"},
    ),
    (
        "militants killed, passive, no agent in the clause",
        "On 4 June, 6 Taliban militants were killed and 3 were wounded following an operation in Qarabagh.",
        {"ct_operation"},
    ),
    (
        "forces encountered militants",
        "On 2 June, the army during a search operation encountered BLA militants near Kech; three "
        "militants died.",
        {"ct_operation"},
    ),
    (
        "a state force and an unknown acronym clashed",
        "On 9 June, the Myanmar military and the TNLA clashed near Namhsan.",
        {"ct_operation", "attack"},
    ),
    (
        "ceasefire monitors counted explosions",
        "On 11 June, the monitoring mission observed a total of 14 explosions involving unknown "
        "weapons near Avdiivka.",
        {"ct_operation", "attack"},
    ),
    (
        "an acronym said to be militants",
        "On 8 June, suspected ISGS militants attacked the village of Tinakof, killing six people.",
        {"attack"},
    ),
    (
        "continued to attack is an attack",
        "On 12 June, presumed jihadist militants continued to attack the village, killing two herders.",
        {"attack"},
    ),
    (
        "policemen ambushed",
        "Three policemen died after being ambushed on the road between Arbinda and Gorgadji.",
        {"attack"},
    ),
    (
        "unknown attackers",
        "Two forest guards were killed and another wounded in a gun ambush by unknown attackers.",
        {"attack"},
    ),
    (
        "claimed to have launched attacks",
        "On 3 June, Boko Haram claimed to have launched shelling attacks on army positions in Damasak.",
        {"attack"},
    ),
    (
        "encounter with a joint team",
        "Two cadres were killed on Sunday in an encounter with a joint team of state police and army "
        "near Kokrajhar.",
        {"ct_operation"},
    ),
    (
        "offensives, plural",
        "The army launched offensives against the rebels near Laukkai on Monday.",
        {"ct_operation"},
    ),
    (
        "an attempt to assassinate",
        "Gunfire was heard in the capital on Tuesday in an attempt to assassinate the head of state.",
        {"attack"},
    ),
    (
        "resorted to shelling",
        "On Friday night the border force resorted to unprovoked mortar shelling on three border villages.",
        {"attack", "ct_operation"},
    ),
    (
        "national security forces",
        "On 2 June, Afghan security forces shelled a village in Khost, killing a farmer.",
        {"ct_operation", "attack"},
    ),
    (
        "set off explosives",
        "On 3 June, suspected militants set off explosives under the bridge at Kaya.",
        {"attack"},
    ),
    (
        "executed, passive",
        "On 4 June, jihadists set up a checkpoint near Tongomayel and three passengers were executed.",
        {"attack"},
    ),
    (
        "soldiers killed civilians",
        "On 5 June, soldiers reportedly killed at least four herders at the market in Sebba.",
        {"attack"},
    ),
    (
        "a proscribed group, an 'encounter' in quotes",
        "A member of a proscribed group was killed in an 'encounter' with police in Lyari.",
        {"ct_operation"},
    ),
    (
        "aircraft struck a position",
        "On 6 June, aircraft of the task force struck a presumed ISGS position near Ansongo.",
        {"ct_operation"},
    ),
    ("targeted killing", "A policeman was killed in a targeted killing in Quetta on Monday.", {"attack"}),
    (
        "clashes broke out",
        "Clashes broke out in Laukkai on Friday. Two Burmese soldiers were killed.",
        {"ct_operation", "attack"},
    ),
    (
        "troops targeted each other",
        "On Sunday, troops of both countries targeted each other's positions along the border.",
        {"ct_operation"},
    ),
    (
        "cache of explosives",
        "On 7 June, police discovered a cache of explosives in a farmhouse near Sfax.",
        {"raid"},
    ),
    (
        "police taken hostage",
        "Six police officers were taken hostage by a self-defence group in Bangui.",
        {"attack"},
    ),
    (
        "civilians killed by a national force",
        "On 2 June, two merchants were killed by Afghan forces in Muqur district.",
        {"attack"},
    ),
    (
        "an encounter between forces and rebels",
        "A constable was injured in an encounter between security forces and Maoists near Latehar on Monday.",
        {"ct_operation"},
    ),
    (
        "an anti-tank guided missile",
        "On 2 June, opposition factions destroyed a bulldozer on the front south of Idlib using an ATGM.",
        {"attack", "ct_operation"},
    ),
    (
        "forces reportedly fired",
        "On 2 June, pro-government forces reportedly fired machine guns at several areas of the district.",
        {"ct_operation", "attack"},
    ),
    (
        "believed to have been killed",
        "At least five Maoists are believed to have been killed in an operation in Malkangiri.",
        {"ct_operation"},
    ),
]

NEGATIVES = [
    # attacks spoken of in general: no day, no figure, a plural or gerund in a general frame
    (
        "constant raids, in general",
        "Local leaders are very concerned about the constant raids by subversive groups.",
    ),
    ("stop murdering", "The commander demanded that the rebels stop murdering civilians."),
    ("concern for bombings", "The declaration does not state any concern for bombings."),
    ("a regime which is bombing", "No one can support a regime which is bombing the civilian population."),
    (
        "a campaign characterised by",
        "The group is determined to continue a sabotage campaign characterized by kidnappings and threats.",
    ),
    (
        "wave of attacks",
        "In view of the continuing wave of crimes and terrorist attacks, the debate goes on.",
    ),
    # monitors counting what they saw is conflict; a count of something else is not
    ("observed birds", "On 11 June, volunteers observed a total of 14 storks near the lake."),
    # fighting in general, and offensives of words
    ("constant armed clashes", "Constant armed clashes between the rebels and army units hindered the vote."),
    # a habit, not a happening (told on a day, it stays a report: see POSITIVES)
    (
        "continues to carry out",
        "The army continues to carry out permanent military offensives and repression.",
    ),
    (
        "halt all offensive operations",
        "The army commits itself to halt all offensive operations against the rebels.",
    ),
    (
        "a disinformation offensive",
        "Rebel sympathisers have unleashed a new disinformation offensive against the army.",
    ),
    # words of war in other senses
    (
        "a drone to hit a target",
        "The software allows the drone to hit a target the size of four parking spaces.",
    ),
    ("a fighting force shelling out", "The fighting force is shelling out millions to fix its ships."),
    (
        "an arrest warrant",
        "Police tried to serve the suspected militant with an arrest warrant at his house.",
    ),
]


@pytest.mark.parametrize("rule,text,expected", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_conflict_wording_gives_a_record(
    pipeline: Pipeline, rule: str, text: str, expected: set[str]
) -> None:
    assert_gives(pipeline, rule, text, expected)


@pytest.mark.parametrize("rule,text", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_attacks_in_general_give_no_record(pipeline: Pipeline, rule: str, text: str) -> None:
    assert_gives_none(pipeline, rule, text)


def _attack_hits(text: str) -> list[Hit]:
    return [Hit(t, a, b) for t, a, b in find_triggers(text) if t.event_type == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Suicide bombings rocked the capital.",
        "Bombings in Kabul killed 12 people.",
        "Attacks on police stations in the north left several dead.",
        "Rebel attacks on the town forced residents to flee.",
        "Terrorist bombings rocked the capital.",
        "The bombing of the embassy shocked the city.",
    ],
)
def test_a_reported_attack_is_not_generic(text: str) -> None:
    hits = _attack_hits(text)
    assert hits
    assert not any(is_generic(text, h) for h in hits)


def test_a_dated_sentence_keeps_a_plural_attack(pipeline: Pipeline) -> None:
    # "bombings" after "concern for" is generic, unless the sentence gives the day
    text = "Residents voiced concern for bombings by militants that hit the market on 3 June."
    assert types(pipeline, text) == ["attack"]


def test_continued_or_resorted_to_is_no_modal() -> None:
    for text, word in [
        ("Gunmen continued to attack the town.", "attack"),
        ("Gunmen went on to attack the town.", "attack"),
    ]:
        hit = next(h for h in _attack_hits(text) if text[h.start : h.end].endswith(word))
        assert not is_hypothetical(text, hit), text
    text = "Gunmen plan to attack the town."
    hit = next(h for h in _attack_hits(text) if text[h.start : h.end].endswith("attack"))
    assert is_hypothetical(text, hit)


def test_said_to_have_planned_attacks_stays_hypothetical() -> None:
    text = "The men are said to have planned attacks on the port."
    assert all(is_hypothetical(text, h) for h in _attack_hits(text) if text[h.start : h.end] == "attacks")


def test_screen_passes_an_acronym_called_militants(kb: ActorKB) -> None:
    screen = Screen(kb)
    ok = Article(id="a", title="", text="On 5 May, JNIM militants attacked the village of Tondi.")
    assert screen.check(ok) is None
    lone = Article(id="b", title="", text="On 5 May, JNIM attacked the price of bread in a speech.")
    assert screen.check(lone) is not None


def test_an_old_date_after_the_happening_is_background(pipeline: Pipeline) -> None:
    text = (
        "A police superintendent was shot dead by unknown assailants in Karachi. The officer "
        "was investigating a factory fire that killed many workers in 2012."
    )
    recs = pipeline.process(report(text, "2015-03-04")).records
    assert [r.event_type for r in recs] == ["attack"]
    # not dropped as history, and not dated 2012: the text gives no date for the shooting
    assert recs[0].date.precision == "unknown"


def test_a_later_sentence_telling_the_same_kind_of_happening_still_dates_it(pipeline: Pipeline) -> None:
    # the battle of a century ago is history, though its first sentence gives no year
    text = (
        "Leaders marked the centenary of the battle. The battle at Verdun in 1916 was the longest of the war."
    )
    assert list(pipeline.process(report(text, "2016-05-29")).records) == []


def test_a_comparison_with_an_old_happening_does_not_date_the_news(pipeline: Pipeline) -> None:
    text = (
        "A top commander of the militia has been killed in an attack near Damascus, the group said on "
        "Friday, the biggest blow to it since its military chief was killed in 2008. He had led its "
        "operations in the south since 2011."
    )
    recs = [r for r in pipeline.process(report(text, "2016-05-14")).records if r.event_type == "attack"]
    assert recs, "dropped as history"
    # the day it was told, not 2008 (a comparison) nor 2011 (his career)
    assert recs[0].date.start == "2016-05-13"


# -- who did it -----------------------------------------------------------------------------------


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    recs = pipeline.process(report(text)).records
    assert recs, text
    return [(a.name, a.role) for a in recs[0].actors]


def test_a_state_force_that_killed_civilians_is_the_perpetrator(pipeline: Pipeline) -> None:
    got = _actors(pipeline, "On 4 June, the Burkinabe army summarily executed twelve civilians near Djibo.")
    assert ("Armed Forces of Burkina Faso", "perpetrator") in got


def test_police_who_killed_the_attackers_are_not_the_perpetrators(pipeline: Pipeline) -> None:
    got = _actors(
        pipeline, "Taliban militants attacked a checkpoint in Kunduz. Afghan police killed two attackers."
    )
    assert [name for name, role in got if role == "perpetrator"] == ["Taliban"]


def test_a_group_named_with_its_parent_in_brackets_is_the_perpetrator(pipeline: Pipeline) -> None:
    got = _actors(
        pipeline, "On 1 June, presumed Ansaroul Islam (JNIM) militants assassinated a councilor near Djibo."
    )
    roles = dict(got)
    assert roles.get("Ansarul Islam") == "perpetrator"
    # the tagger's "person" reading of the group's name gives no victim
    assert all(role != "target" for _, role in got)


def test_a_place_in_its_hierarchy_is_no_victim(pipeline: Pipeline) -> None:
    got = _actors(
        pipeline, "On 2 June, militants attacked Nangade (Pemba-Metuge, Cabo Delgado), killing two."
    )
    assert all(name != "Nangade" for name, _ in got)


# -- a toll of none ---------------------------------------------------------------------------------


def _killed(pipeline: Pipeline, text: str) -> int | None:
    recs = pipeline.process(report(text)).records
    assert recs, text
    return recs[0].counts.killed


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June, militants abducted a shopkeeper near Djibo.",
        "On 3 June, jihadists burned the school in Kassoum.",
        "On 3 June, Ukrainian forces fired mortars at the positions of the militia near Avdiivka.",
        "On 3 June, the mission observed a total of 12 explosions involving unknown weapons near Popasna.",
        "On 2 May, Al Shabaab militants attacked an army post; after an exchange of gunfire they withdrew.",
        "On 8 May, the military and the AA clashed near Paletwa in a gun battle with small arms.",
    ],
)
def test_an_attack_told_with_its_harm_and_no_death_word_killed_none(pipeline: Pipeline, text: str) -> None:
    assert _killed(pipeline, text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June, aircraft struck presumed militant positions near Kacham. Casualties unknown.",
        "On 3 June, militants fired on a gold mining site near Alga, no outcome of the attack reported.",
        "On 3 June, militants abducted a teacher near Djibo. The teacher's body was found on Friday.",
    ],
)
def test_an_unknown_or_other_outcome_keeps_the_toll_unknown(pipeline: Pipeline, text: str) -> None:
    assert _killed(pipeline, text) is None


def test_a_happening_told_inside_a_since_clause_is_history(pipeline: Pipeline) -> None:
    text = (
        "The fight over oil revenue has driven chronic instability since the ruler was toppled and "
        "killed by Western-backed rebels in 2011."
    )
    assert list(pipeline.process(report(text, "2016-06-01")).records) == []


def test_a_rescue_search_operation_is_no_security_operation(pipeline: Pipeline) -> None:
    text = "Soldiers and police halted search operations around the volcano after they found no more victims."
    assert list(pipeline.process(report(text)).records) == []


def test_what_a_protest_protested_is_its_cause_not_a_new_record(pipeline: Pipeline) -> None:
    text = "Student leaders strongly protested the terrorist attack on their secretary on Thursday."
    assert types(pipeline, text) == []
    # the attack told first, then the protest against it: one record, the attack
    text = "Gunmen attacked the village of Tondi on Monday; hundreds protested the killing on Tuesday."
    assert types(pipeline, text) == ["attack"]


def test_a_later_sentence_that_refers_back_dates_the_happening(pipeline: Pipeline) -> None:
    text = (
        "Suspected rebels attacked a police outpost in East Garo Hills. The incident happened on "
        "August 15. Coordinates are for the district headquarters."
    )
    recs = pipeline.process(report(text, "2015-08-17")).records
    assert [(r.event_type, r.date.start, r.date.precision) for r in recs] == [("attack", "2015-08-15", "day")]
    # a later date that does not refer back to it leaves the happening undated
    text = (
        "Suspected rebels attacked a police outpost in East Garo Hills. A new station is to open on "
        "August 15."
    )
    recs = pipeline.process(report(text, "2015-08-12")).records
    assert recs[0].date.precision == "unknown"


# One sentence, the records it must give: each case names its rule.
WORDING_CASES = [
    # the murder of a public figure is a political killing, and its own context
    ("Magistrates resigned on Thursday to protest the murder of Justice Carlos Valencia.", ["attack"]),
    ("The government promised to investigate the murder of six Jesuit priests on 16 November.", ["attack"]),
    (
        "The bodies of the Spanish Jesuits murdered on Friday by uniformed men were buried on Sunday.",
        ["attack"],
    ),
    ("The movement on Monday accused the intelligence services of assassinating its candidate.", ["attack"]),
    (
        "An embassy secretary was murdered on Monday; officials condemned the murder of the diplomat.",
        ["attack"],
    ),
    ("There was an attempt on the life of a criminal court judge on Monday.", ["attack"]),
    ("A FORMER MAYOR, 45, WAS SHOT TO DEATH BY UNIDENTIFIED INDIVIDUALS ON MONDAY.", ["attack"]),
    ("Police said a councilman was shot to death by guerrillas in the town on Monday.", ["attack"]),
    # a public figure told murdered before the noun, or dead of gunshot wounds
    ("Reactions were voiced today at the wake for the murdered Liberal candidate.", ["attack"]),
    (
        "The presidential candidate has died from gunshot wounds, a party spokesman said on Thursday.",
        ["attack"],
    ),
    ("The candidate has died of his wounds after a car accident on Monday.", []),
    # attacks told perpetrated, a charge of dynamite defused: an attempted bombing (not cyber attacks)
    ("Two attacks were perpetrated in Medellin last evening shortly before the curfew.", ["attack"]),
    (
        "Police experts defused a powerful charge of dynamite found in a plane in Medellin on Monday.",
        ["attack"],
    ),
    # a bomb defused is an attempted bombing, with no other word of terrorism; a time bomb is none
    ("Police defused a bomb near the bank in Lima on Monday.", ["attack"]),
    ("A bomb was also defused at the airport in Rionegro, police said.", ["attack"]),
    ("The deal defused a political time bomb in Berlin on Monday.", []),
    ("Apple deactivated two million devices in China on Monday.", []),
    # a list of verbs under one modal; a second noun joined to a ruled-out one past its complement
    ("THE POLICE WILL BE CAPTURING, TORTURING, AND ASSASSINATING; THE JAILS WILL BE FULL.", []),
    ("The UN said the regime must halt the bombardment of civilian areas and barrel bombing.", []),
    ("Rebels launched an attack on the city and killed two soldiers on Monday.", ["attack"]),
    # a description of the people, then their own verb
    (
        "Eight Moroccan nationals linked to Islamic State were repatriated from Syria on Monday.",
        ["repatriation"],
    ),
    ("Cyber attacks were carried out against the bank's servers on Monday.", []),
    # a murder told carried out by someone, beside armed context; a foreign citizen kidnapped
    (
        "The government condemns the murder of Ms Porras, carried out this morning by FMLN terrorists.",
        ["attack"],
    ),
    ("A group of Colombians kidnapped U.S. citizen Scott Heyndal on 28 April.", ["attack"]),
    ("Police are investigating the murder of a shopkeeper, committed on Thursday by two robbers.", []),
    # an operation only willed, prepared or called off is no operation; one told done still is
    ("The rebel chief said that if the people do not accept it, we will have to continue fighting.", []),
    ("Elite army battalions had already prepared for punitive assaults on the guerrilla camps.", []),
    ("The guerrillas said they would stop hostilities and cease their acts of sabotage on Monday.", []),
    ("On 1 May, government forces thwarted a rebel incursion northwest of Hays district.", ["ct_operation"]),
    (
        "Five Maoists are suspected to have been killed in an operation by the police on Sunday.",
        ["ct_operation"],
    ),
    # ground captured is an operation, people captured an arrest
    (
        "The army and allied militia captured the village of al-Tamura near Aleppo on Saturday.",
        ["ct_operation"],
    ),
    ("Police captured two suspected militants in Lyon on Saturday.", ["arrest"]),
    # ... the murder of anyone else is a crime story
    ("Police are investigating the murder of a shopkeeper on Thursday.", []),
    ("The shopkeepers murdered on Friday were buried on Sunday.", []),
    # a bomb attack is its own context; an atomic or hydrogen bomb is no attack
    ("The bomb attack on the cultural institute caused considerable damage on Friday.", ["attack"]),
    ("The president visited the city where the first atomic bomb was dropped in wartime on Friday.", []),
    ("Officials said on Friday the country had tested a hydrogen bomb.", []),
    # a battle of a world war is history; a war named as a yardstick is not
    ("Okinawa, the site of a bloody World War Two battle, hosts most U.S. forces in Japan.", []),
    (
        "Gunmen killed 130 people in Paris on Friday, the deadliest attack in France since World War Two.",
        ["attack"],
    ),
    # an arrest for a sexual crime is a crime story; violence of armed groups is not
    (
        "The island hosts most U.S. military forces in Japan. Earlier this year, a serviceman was "
        "arrested on suspicion of raping a woman.",
        [],
    ),
    ("Militants raped and killed three women in the village on Monday.", ["attack"]),
    # rockets fired at something are armed violence; a rocket engine fired in a test is not
    ("On Monday, gendarmes fired a rocket (probably an RPG) at a house, killing two civilians.", ["attack"]),
    ("The company fired a rocket engine on Monday in a test.", []),
    # "on 11 May" is a month, not the modal "may"; the modal still makes an attack hypothetical
    ("ON 11 MAY A BOMB PLANTED BY GUERRILLAS DESTROYED A BUILDING OWNED BY THE MAYOR OF LIMA.", ["attack"]),
    # more wordings of armed violence
    ("On Monday, a bomb was dropped from a helicopter on the village and destroyed a church.", ["attack"]),
    ("On Monday, gendarmes shot dead an unarmed suspect during security checks.", ["attack"]),
    ("On Monday, presumed JNIM militants whipped three traders in the market.", ["attack"]),
    ("The army said on Monday it had taken complete control of the district of Ganfuda.", ["ct_operation"]),
    # ... and look-alikes that are not
    ("The president visited the city where the first atomic bomb was dropped on a Monday in 1945.", []),
    ("The company said on Monday it had taken complete control of the region's telecoms market.", []),
    ("Police said on Monday an unarmed man was robbed in the market.", []),
    # a bomb that explodes is its own context: a bomb explosion, a truck bomb, a bomb "which exploded"
    ("A district headquarters was completely destroyed by a bomb explosion on Tuesday.", ["attack"]),
    ("A truck-bomb exploded outside a police building on Wednesday, killing 23 people.", ["attack"]),
    ("The second bomb, which exploded on Monday, damaged the windows of a bank.", ["attack"]),
    ("A truck rigged with dynamite blew up outside the ministry on Wednesday.", ["attack"]),
    # ... a bath bomb or a bomb of a film is not
    ("The shop sold a bath bomb that fizzed on Tuesday.", []),
    # public figures shot or murdered, told in apposition
    ("Senator Luis Galan, Liberal Party presidential hopeful, was shot this evening in Soacha.", ["attack"]),
    (
        "Carlos Pizarro, presidential candidate for the disbanded M-19 guerrillas, was shot on Thursday.",
        ["attack"],
    ),
    (
        "The court ordered an inquiry on Wednesday into the murder of Jecar Neghme, spokesman of the MIR.",
        ["attack"],
    ),
    ("Officials on Monday condemned the murder of Hector Oqueli, a social democratic leader.", ["attack"]),
    # ... anyone else shot is a crime story
    ("Police said a shopkeeper, 45, was shot on Monday during a robbery.", []),
    # the kidnapping of foreigners or officials at work is political; of anyone else, a crime story
    (
        "Two Italian engineers and a Spanish technician were kidnapped on Thursday from a construction site.",
        ["attack"],
    ),
    ("Police said on Thursday a boy was kidnapped by his father after a custody dispute.", []),
    # harm told in the passive is an attack next to who could have done it ...
    (
        "On Monday, presumed militants entered the market in the village. Several women were wounded.",
        ["attack"],
    ),
    # ... not next to a flood or a crash, even with soldiers in the story
    ("On Monday, soldiers helped residents. Four people were killed in the flooding.", []),
    ("On Monday, four soldiers were injured in a Humvee crash during a training exercise.", []),
    # militias that clash, forces that make an incursion, and clashes with an acronym's group
    (
        "On 2 May, Tiv and Jukun militias clashed over the ownership of land near the village.",
        ["ct_operation"],
    ),
    ("On 30 April, anti-Houthi forces conducted an incursion against pro-Houthi groups.", ["ct_operation"]),
    # a plural in an enumeration names a kind of happening, not one
    (
        "The senators are misinformed about the rebels: the human rights violations, the arrests, "
        "the bombings, the war parades and the harassment of the press.",
        [],
    ),
    # ... a longer trigger between commas is a report told in apposition
    ("The policemen, killed by militants, were buried near Kabul.", ["attack"]),
    # refugees, the dead or money repatriated are no fighters coming home
    (
        "The government said many refugees are linked to the guerrillas and that 3,800 of the refugees "
        "will be repatriated in March.",
        [],
    ),
    ("The bodies of the victims of the militants were repatriated on Monday.", []),
    ("In March, eight women held by the militants in Syrian camps were repatriated.", ["repatriation"]),
    # rockets fired at a place, or hitting it, are an attack; a rocket into orbit or the sea is none
    ("Two rockets were fired at Baghdad airport on Monday.", ["attack"]),
    ("A mortar shell hit the base near Kirkuk on Monday.", ["attack"]),
    ("The rocket was launched into orbit from the cosmodrome on Monday.", []),
    ("Short-range missiles were fired into the Sea of Japan on Monday.", []),
    ("The missile was launched at about 11:30 a.m. on Monday, officials said.", []),
    # words of the weaker types that name no happening: a rival's propaganda, power seized,
    # rebels expelled from a town, a crowd demanding troops be expelled, a warning of no danger
    ("The guerrillas said on Monday the government will sink because its propaganda is not working.", []),
    ("The rebels said on Monday that the ruling party has seized power in the executive branch.", []),
    ("Soldiers tried on Monday to expel rebels from the Mejicanos neighbourhood.", []),
    ("Workers demanded on Monday the expulsion of U.S. troops, the guerrillas said.", []),
    (
        "The interior minister warned on Monday that the government will not allow refugees to enter, "
        "after guerrillas killed two soldiers in Chalatenango.",
        ["attack"],
    ),
    ("Police arrested a man on Monday for spreading Islamic State propaganda online.", ["arrest"]),
    ("France expelled an imam on Monday accused of inciting terrorism.", ["deportation"]),
    # a movement "beaten" is defeated, not harmed
    ("The FMLN is using disinformation because it has been beaten by the armed forces on Monday.", []),
    # everyday senses of the words: shops, experiments, videos, duties, campaigns against pests,
    # hacking (with militants named, so that only the sense decides)
    ("Militants aside, brick-and-mortar shops still sell more clothes, analysts said on Monday.", []),
    ("Militants aside, the firm is still in a kind of trial-and-error phase, analysts said on Monday.", []),
    ("A video released on Sunday by police shows militants of the group training.", []),
    ("Officials charged with securing the border against militants met on Monday.", []),
    ("The government on Monday stepped up an offensive to eradicate the mosquito with army help.", []),
    (
        "He said on Monday hacking attacks cost the country $1 billion a year. Separately, militants "
        "killed two soldiers in Kabul on Friday.",
        ["attack"],
    ),
    ("The suspect was released on bail on Monday after being charged with financing terrorism.", ["charge"]),
    ("The contingent sent on Monday to fight militants includes five ground attack aircraft.", []),
    ("The speech on Monday was an indictment of the candidate's plans to fight terrorism.", []),
    ("A grand jury on Monday returned an indictment against two men accused of terrorism.", ["charge"]),
    ("Landowners near the militants' former base are fighting for the right to challenge the findings.", []),
    (
        '"Will they be deported after the terrorism charges?" he asked on Monday, according to a relative.',
        [],
    ),
    # a court step needs counter-terrorism context near it, not just somewhere in the report
    (
        "An inmate charged with shooting a boy laughed in court on Tuesday. His mother left the "
        "courtroom in tears. The hearing lasted an hour. On Monday, militants killed two soldiers in Kabul.",
        ["attack"],
    ),
    ("Two men were charged on Tuesday with plotting a terrorist attack on a Christmas market.", ["charge"]),
    ("Germany has not suffered a major attack by Islamist militants, officials said on Monday.", []),
    (
        "A military helicopter crashed on Monday; a terror attack was not suspected, the premier said.",
        [],
    ),
    ('On Monday he called for the United States to "carpet bomb" the Islamic State militant group.', []),
    # a legal step supposed, asked about or questioned is none
    ("Many Peruvians think that if military courts try terrorists they will be sentenced to death.", []),
    ("Why hasn't the government managed to extradite the cartel's chiefs to the United States?", []),
    # ... but "whether by A or B" asks who did it, not whether it was done
    (
        "The bishops asked on Monday whether the two priests were arrested by the guerrillas or the army.",
        ["arrest"],
    ),
]


@pytest.mark.parametrize("text,expected", WORDING_CASES)
def test_wordings_give_their_records(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert types(pipeline, text) == expected


def test_an_earlier_attack_dated_weeks_before_an_undated_one_is_another(pipeline: Pipeline) -> None:
    text = (
        "Four civilians were among the dead in the morning rush-hour attack in Istanbul's Beyazit "
        "district, the governor told reporters.\n\n"
        "The explosion left 36 people injured. Local media reported that the blast was remotely "
        "detonated.\n\n"
        "Turkey has been rocked by a string of terror attacks over the past year as it weathers "
        "bombing campaigns carried out both by ISIS and Kurdish militants.\n\n"
        "In January, at least 37 were killed when a car bomb detonated near a bus stop in Ankara."
    )
    records = pipeline.process(report(text)).records
    got = [(r.event_type, r.date.precision, [loc.name for loc in r.locations]) for r in records]
    assert got[0][:2] == ("attack", "unknown")  # not "over the past year"
    assert "Istanbul" in got[0][2] and "Ankara" not in got[0][2]
    assert records[0].counts.killed is None and records[0].counts.wounded == 36
    assert got[1][:2] == ("attack", "month") and "Ankara" in got[1][2]
    assert records[1].counts.killed == 37
    assert len(records) == 2


@pytest.mark.parametrize(
    "sentence,generic",
    [
        (
            "Turkey has been rocked by attacks as it weathers bombing campaigns carried out both by ISIS.",
            True,
        ),
        (
            "The group said it was the only one to continue kidnappings, attacks on villages, and ambushes.",
            True,
        ),
        ("Both bombings were carried out by ISIS, police said.", False),
    ],
)
def test_a_kind_of_activity_is_generic(sentence: str, generic: bool) -> None:
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence) if t.event_type == "attack"]
    assert hits, sentence
    assert any(is_generic(sentence, h) for h in hits) is generic


@pytest.mark.parametrize(
    "sentence,trigger,hypothetical",
    [
        ("It is not known whether the ministry has indicted anyone.", "indicted", True),
        ("The bill accepts the possibility of a prisoner being released on bail.", "released", True),
        ("They will be sentenced to death if military courts try them.", "sentenced", True),
        ("He was sentenced to death on Monday.", "sentenced", False),
        ("Police arrested three men on Monday.", "arrested", False),
    ],
)
def test_a_legal_step_only_supposed_is_hypothetical(sentence: str, trigger: str, hypothetical: bool) -> None:
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence) if sentence[a:b].startswith(trigger)]
    assert hits, sentence
    assert is_hypothetical(sentence, hits[0]) is hypothetical


def test_a_projectile_attack_is_where_it_was_fired_into(pipeline: Pipeline) -> None:
    text = "On Monday, an armed group launched a rocket from the Gaza Strip into Israel."
    records = pipeline.process(report(text)).records
    assert [r.event_type for r in records] == ["attack"]
    roles = {loc.country_code: loc.role for loc in records[0].locations}
    assert roles == {"IL": "event", "PS": "origin"}
    # without a projectile, a place after "into" is no attack's place
    text = "Gunmen who killed two policemen in Kabul on Monday fled into Pakistan."
    records = pipeline.process(report(text)).records
    assert [loc.country_code for loc in records[0].locations] == ["AF"]


def test_leaving_hospital_is_no_release_from_custody() -> None:
    names = [t.name for t, _, _ in find_triggers("Two soldiers were released from hospital on Monday.")]
    assert "release" not in names
    names = [t.name for t, _, _ in find_triggers("Two suspects were released from custody on Monday.")]
    assert "release" in names


def test_a_video_game_review_is_no_report(pipeline: Pipeline) -> None:
    text = (
        "Hitman is the latest game in the 15-year assassination franchise, out on PlayStation and "
        "Xbox on Monday. Its gameplay pits players against terrorists: the assassination of a target "
        "can take an hour."
    )
    assert pipeline.process(report(text)).drop is not None


def test_a_television_recap_is_no_report(pipeline: Pipeline) -> None:
    text = (
        "Game of Thrones recap: the broken man. Jon's recruitment drive around the North picks up the "
        "Wildlings and a contingent of soldiers, but it isn't enough. HBO viewers saw the Hound return "
        "to the fighting he had forsworn."
    )
    assert pipeline.process(report(text)).drop is not None


def test_a_report_of_an_attack_with_a_few_review_words_is_a_report(pipeline: Pipeline) -> None:
    text = (
        "Video: a series of explosions in Jakarta, filmed by a local broadcaster.\n\n"
        "JAKARTA - Explosions and gunfire rocked the capital on Thursday in what police called a "
        "terrorist attack. At least two civilians were killed along with five assailants. The police "
        "director said the militants had used grenades. The Islamic State had warned of an attack, and "
        "a book on jihadist networks said the terrorist group had recruited hundreds of fighters and "
        "that insurgents and extremists returning from Syria were a threat."
    )
    records = pipeline.process(report(text, "2016-01-14")).records
    assert "attack" in [r.event_type for r in records]


def test_the_modal_may_still_makes_an_attack_hypothetical(pipeline: Pipeline) -> None:
    assert "attack" not in types(pipeline, "Police said on Monday that militants may attack the base.")


def test_an_arrest_over_a_political_murder_is_an_arrest(pipeline: Pipeline) -> None:
    text = "Two men were arrested over the murder of Colombian Liberal Party candidate Luis Galan on Monday."
    assert "arrest" in types(pipeline, text)


def test_two_acronyms_of_the_knowledge_base_side_by_side_pass_the_screen(kb: ActorKB) -> None:
    screen = Screen(kb)
    # what a force clashes with is an armed force: "AA" is the Arakan Army
    text = "On 2 May, three members of Myanmar border guard police clashed with AA near the village."
    assert screen.check(Article(id="c", title="", text=text)) is None
    text = "On Monday, QSD arrested young men in Mansura on charges of communicating with IS."
    assert screen.check(Article(id="a", title="", text=text)) is None
    # an acronym of two letters beside a group's acronym is too weak
    text = "On Monday, the IS team arrested the WA rugby captain."
    assert screen.check(Article(id="b", title="", text=text)) is not None


def test_the_attack_named_by_its_date_is_the_one_told(pipeline: Pipeline) -> None:
    text = (
        "Mourners attended funeral prayers in Peshawar on Thursday for officers killed in this week's "
        "suicide bombing. Two more victims of the May 6 blast at the Hayatabad checkpoint died overnight."
    )
    recs = pipeline.process(report(text, "2025-05-08")).records
    assert [r.event_type for r in recs] == ["attack"]


def test_a_date_before_following_dates_its_own_clause(pipeline: Pipeline) -> None:
    text = (
        "TOKYO, 8 DEC 89 (KYODO) -- THE PRESIDENT LEFT FOR HOME FRIDAY MORNING FOLLOWING A TRUCK-BOMB "
        "EXPLOSION IN THE COLOMBIAN CAPITAL OF BOGOTA ON WEDNESDAY.  A TRUCK RIGGED WITH DYNAMITE EXPLODED "
        "WEDNESDAY MORNING OUTSIDE A FEDERAL POLICE BUILDING IN DOWNTOWN BOGOTA, KILLING AT LEAST 23 PEOPLE."
    )
    recs = pipeline.process(report(text, "1989-12-08")).records
    # one bombing, on Wednesday: the second sentence tells the same one, not another
    assert [(r.event_type, r.date.start) for r in recs] == [("attack", "1989-12-06")]
    assert recs[0].counts.killed == 23


def test_a_wire_report_quoted_from_abroad_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 26 APR 90 (AFP) -- CARLOS PIZARRO, PRESIDENTIAL CANDIDATE FOR THE M-19, WAS SHOT THURSDAY "
        "ABOARD A PLANE.  MADRID EFE IN SPANISH AT 1533 GMT REPORTS THAT PIZARRO WAS SERIOUSLY WOUNDED."
    )
    recs = pipeline.process(report(text, "1990-04-26")).records
    assert [r.event_type for r in recs] == ["attack"]
    assert "Madrid" not in {loc.name for loc in recs[0].locations}


def test_harm_told_in_the_passive_takes_its_agent_from_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        "On 23 September 2020, presumed ISGS militants entered the market in Takatami. "
        "Several women were wounded and assaulted."
    )
    recs = pipeline.process(report(text, "2020-09-25")).records
    assert [r.event_type for r in recs] == ["attack"]
    assert [(a.name, a.role) for a in recs[0].actors] == [("Islamic State Sahel Province", "perpetrator")]
    # the record cites both sentences: who came, and what was done
    assert len(recs[0].evidence) == 2


def test_a_device_told_with_a_and_also_is_one_more(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 11 NOV 89 -- WE WANT TO INFORM YOU THAT A CAR BOMB HAS BEEN DEFUSED IN BERNAL AVENUE. "
        "A BOMB WHICH HAD BEEN PLACED BY TERRORISTS IN THE MONTEBON NEIGHBORHOOD WAS ALSO DEFUSED."
    )
    recs = pipeline.process(report(text, "1989-11-11")).records
    assert [r.event_type for r in recs] == ["attack", "attack"]
    # "also" told of what the attackers did is the same attack
    text = "Gunmen attacked a police post in Kabul on Monday. They also killed two civilians nearby."
    assert [r.event_type for r in pipeline.process(report(text, "2024-03-12")).records] == ["attack"]


def test_the_lead_date_of_a_happening_is_not_the_day_it_was_reported(pipeline: Pipeline) -> None:
    text = (
        "BOGOTA, 6 SEP 89 (DPA) -- THE POLICE REPORTED TODAY THAT A U.S. JOURNALIST WAS INJURED LAST NIGHT "
        "DURING AN ATTACK IN MEDELLIN.  SHE WAS IN A RESTAURANT WHEN A BOMB EXPLODED IN THE ESTABLISHMENT. "
        "A WOMAN WENT TO THE RESTROOM, THEN LEFT IN A HURRY FOLLOWED BY A MAN, SHORTLY BEFORE THE EXPLOSION."
    )
    recs = pipeline.process(report(text, "1989-09-06")).records
    assert [(r.event_type, r.date.start) for r in recs] == [("attack", "1989-09-05")]


def test_people_named_in_capitals_are_names_not_common_words(kb: ActorKB) -> None:
    text = (
        "CARLOS CORRALES WAS INJURED WHEN A BOMB EXPLODED. CORRALES SAID A WOMAN LEFT IN A HURRY "
        "BEFORE JORGE SAENZ WAS ALSO HURT."
    )
    people = [ent(text, "CARLOS CORRALES", "PERSON"), ent(text, "CORRALES", "PERSON", 1)]
    people += [ent(text, "HURRY", "PERSON"), ent(text, "JORGE SAENZ", "PERSON")]
    ann = AnnotatedArticle(Article(id="a", text=text), split_sentences(text), tuple(people), upper=True)
    actors, _ = actors_for(ann, kb, "attack", [], [(0, len(text))], set())
    # "CORRALES" again is the same person; "HURRY" is a word the tagger took for a name
    assert [a.mention for a in actors] == ["CARLOS CORRALES", "JORGE SAENZ"]


def test_a_bomb_that_destroys_is_an_attack_even_among_drug_traffickers(pipeline: Pipeline) -> None:
    text = (
        "In a new action attributed to the drug trafficking rings, a medium-sized bomb partially destroyed "
        "a secondary school in southern Bogota tonight."
    )
    assert types(pipeline, text) == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        # the agent of a passive
        "On Monday, two gas stations were sabotaged by FMLN urban commandos in San Salvador.",
        "On Monday, two paramilitary men were murdered by FMLN units in San Salvador.",
        # the subject, after an acronym in square brackets
        "On Monday, Farabundo Marti National Liberation Front [FMLN] urban commandos destroyed a truck "
        "and wounded the driver in San Salvador.",
    ],
)
def test_the_group_that_did_it_is_the_perpetrator(pipeline: Pipeline, text: str) -> None:
    recs = pipeline.process(report(text, "1989-03-14")).records
    assert recs and recs[0].event_type == "attack"
    perpetrators = [a.name for a in recs[0].actors if a.role == "perpetrator"]
    assert perpetrators == ["Farabundo Martí National Liberation Front"]


def test_a_warning_is_dated_the_day_it_was_told_and_a_bombing_not(pipeline: Pipeline) -> None:
    text = (
        "RABAT, Nov 4 (Wire) - The Interior Ministry told parliament on Monday that the security services "
        "uncovered 13 terrorist cells between January and late October.\n\n"
        "The ministry warned that militants returning from Syria, Iraq and Libya remain a serious threat."
    )
    recs = pipeline.process(report(text, "2025-11-04")).records
    warning = [r for r in recs if r.event_type == "warning"]
    assert [(r.date.start, r.date.precision) for r in warning] == [("2025-11-03", "day")]


def test_a_group_after_a_date_is_the_subject_of_its_verb(pipeline: Pipeline) -> None:
    # "on 10 March" before the group is a date, not "an attack on" the group; "murdered" is one of
    # the group's violent verbs
    text = (
        "LIMA, 11 MAR 89 (EFE) -- [TEXT] IT WAS OFFICIALLY REPORTED TODAY THAT ON 10 MARCH ALLEGED "
        "SHINING PATH MEMBERS MURDERED FOUR MEMBERS OF A FAMILY IN SANTA MARIA DEL VALLE, HUANUCO "
        "DEPARTMENT."
    )
    recs = pipeline.process(report(text, "1989-03-11")).records
    assert [(r.event_type, r.date.start, r.counts.killed) for r in recs] == [("attack", "1989-03-10", 4)]
    # the close case: the group after "on" is what was attacked
    text = "On Monday, the army carried out strikes on Shining Path members killed in the hills."
    assert group_hits(pipeline.extractor.kb.find(text), 0, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a commitment to abstain from attacks, and a call to cease them, report none
        "CLANDESTINE, 28 MAY 89 (RADIO VENCEREMOS) -- THE FMLN GUERRILLAS PROPOSE TO ABSTAIN FROM ANY "
        "FORM OF ATTACK AGAINST POLITICAL LEADERS OF THE NEW GOVERNMENT.",
        "CLANDESTINE, 12 SEP 89 (RADIO VENCEREMOS) -- THE FMLN GUERRILLAS SAID THE ARMY MUST CEASE ALL "
        "BOMBING AND SHELLING OF CIVILIAN TARGETS.",
        # a denied report
        "SAN SALVADOR, 14 NOV 89 (ACAN-EFE) -- THE PRESIDENT DENIED THE REPORT THAT THE ARMY IS BOMBING "
        "CIVILIAN TOWNSHIPS HELD BY THE GUERRILLAS.",
    ],
)
def test_attacks_renounced_called_off_or_denied_are_no_records(pipeline: Pipeline, text: str) -> None:
    assert types(pipeline, text) == []
    sentence = text.split(" -- ", 1)[1]
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence)]
    assert hits and main_hit(sentence, hits) is None


def test_an_attack_told_beside_a_denial_is_still_one(pipeline: Pipeline) -> None:
    sentence = "The rebels denied the report, but said they attacked a convoy."
    hits = [Hit(t, a, b) for t, a, b in find_triggers(sentence)]
    assert main_hit(sentence, hits) is not None


def test_a_joined_trigger_shares_the_fate_of_the_first_only_when_joined(pipeline: Pipeline) -> None:
    text = (
        "Troops shelled the town of Kaya on Monday, and bombing and shelling went on overnight, "
        "killing three."
    )
    assert types(pipeline, text)


def test_another_action_or_a_third_incident_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "A dynamite charge exploded at a newspaper office in Bogota tonight, the police said. In another "
        "terrorist action, several men in a vehicle opened fire on the offices of El Siglo, but nobody "
        "was injured."
    )
    assert types(pipeline, text) == ["attack", "attack"]
    # the same attack told again is one
    text = (
        "A dynamite charge exploded at a newspaper office in Bogota tonight, the police said. The "
        "explosion damaged ten homes nearby."
    )
    assert types(pipeline, text) == ["attack"]


def test_other_attacks_claimed_elsewhere_are_not_the_attack_told(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL A Turkish member of Islamic State was responsible for Saturday's suicide bombing in "
        "Istanbul that killed four people, the minister said. An offshoot of the militant Kurdistan "
        "Workers Party (PKK) claimed responsibility for two recent car bomb attacks in the capital "
        "Ankara that killed a total of 66 people."
    )
    recs = pipeline.process(report(text, "2016-03-20")).records
    assert [(r.event_type, r.counts.killed) for r in recs] == [("attack", 4), ("attack", 66)]
    assert [loc.name for loc in recs[0].locations] == ["Istanbul"]


def test_a_side_fighting_another_is_no_happening(pipeline: Pipeline) -> None:
    # "the coalition fighting Islamic State", "allies fighting proxy wars": who a side is
    text = (
        "WASHINGTON A U.S. service member who was part of the U.S.-led coalition fighting Islamic State "
        "was killed on Saturday in northern Iraq, according to a U.S. official."
    )
    recs = pipeline.process(report(text, "2016-03-20")).records
    assert [r.event_type for r in recs] == ["attack"]
    assert [loc.name for loc in recs[0].locations] == ["Iraq"]
    text = (
        "Iran is the pre-eminent Shi'ite Muslim power, and its allies are fighting proxy wars in Iraq, "
        "Syria and Yemen against allies of Saudi Arabia, said the Islamic State expert."
    )
    assert types(pipeline, text) == []
    # fighting that happens is one, its day written after it too
    text = "Renewed fighting erupted between the army and Islamic State militants in Sirte on Sunday."
    assert types(pipeline, text) == ["ct_operation"]
    text = "Heavy fighting Sunday between the army and Islamic State militants in Sirte killed 20."
    assert types(pipeline, text) == ["ct_operation"]


def test_a_bomb_defused_and_bombs_that_went_off_are_two_attacks(pipeline: Pipeline) -> None:
    text = (
        "Security forces last night defused a bomb planted in front of the embassy in Guatemala City. "
        "The police also reported that two bombs exploded last night and destroyed two telephone boxes. "
        "A squad defused the high-power bomb that had been planted in front of the embassy."
    )
    recs = pipeline.process(report(text, "1989-11-15")).records
    assert [(r.event_type, len(r.evidence)) for r in recs] == [("attack", 2), ("attack", 1)]
    # a device defused at the scene is part of the attack told
    text = (
        "A suicide bomber attacked a court building in Ghazni, killing five people. "
        "Additionally, an explosives-laden vehicle was defused at the scene."
    )
    assert types(pipeline, text) == ["attack"]


def test_a_group_that_also_attacked_another_town_did_so_in_another_attack(pipeline: Pipeline) -> None:
    text = (
        "Taliban gunmen attacked a police checkpoint in Kabul on Monday, killing two officers. "
        "The militants also attacked a school in Paghman, wounding a guard."
    )
    recs = pipeline.process(report(text, "2024-03-12")).records
    assert [(r.event_type, r.locations[0].name) for r in recs] == [("attack", "Kabul"), ("attack", "Paghmān")]
    # the same town: one attack told in two sentences
    text = (
        "Taliban gunmen attacked a police checkpoint in Kabul on Monday, killing two officers. "
        "The militants also attacked a school nearby in Kabul, wounding a guard."
    )
    assert types(pipeline, text) == ["attack"]
    # "In addition," opens another happening; "in addition to" adds to the one told
    text = (
        "Taliban gunmen attacked a police checkpoint in Kabul on Monday, killing two officers. "
        "In addition, Taliban fighters attacked a school in Paghman, wounding a guard."
    )
    assert types(pipeline, text) == ["attack", "attack"]
    text = (
        "Taliban gunmen attacked a police checkpoint in Kabul on Monday, killing two officers. "
        "In addition to the killings, Taliban fighters attacked a school in Paghman, wounding a guard."
    )
    assert types(pipeline, text) == ["attack"]


def test_a_counted_day_of_a_later_step_does_not_date_the_happening(pipeline: Pipeline) -> None:
    text = (
        "On 18 April 2020, presumed JNIM or ISGS militants removed goods from a truck belonging to an "
        "NGO near Pama. The driver and his apprentice were abducted, but released the following day."
    )
    recs = pipeline.process(report(text, "2020-04-20")).records
    assert [(r.event_type, r.date.start, r.date.end) for r in recs] == [
        ("attack", "2020-04-18", "2020-04-18")
    ]
    # a counted day that dates the trigger itself
    text = (
        "On 3 September, terrorists attacked a television studio in Sucre. Three days earlier, "
        "two sticks of dynamite were thrown at the offices of the oil company in Sucre."
    )
    recs = pipeline.process(report(text, "1989-09-03")).records
    assert [r.date.start for r in recs] == ["1989-09-03", "1989-08-31"]


def test_what_became_of_a_hostage_is_part_of_the_kidnapping(pipeline: Pipeline) -> None:
    text = (
        "On December 15, presumed ISGS militants abducted a municipal councilor in the village of "
        "Nassougou. They brought him back to his village two days later and beheaded him."
    )
    recs = pipeline.process(report(text, "2018-12-17")).records
    assert [(r.date.start, r.counts.killed) for r in recs] == [("2018-12-15", 1)]
    # another attack on another day is another record
    text = (
        "On December 15, militants abducted a councilor in Kaya. On December 17, militants attacked a "
        "police post in Kaya, killing two."
    )
    assert [r.date.start for r in pipeline.process(report(text, "2018-12-17")).records] == [
        "2018-12-15",
        "2018-12-17",
    ]


def test_the_old_date_of_what_a_person_is_known_for_does_not_date_the_news(pipeline: Pipeline) -> None:
    text = (
        "In a targeted raid, paramilitary forces have killed the militant thought to be behind the "
        "attack on the residency in Ziarat in 2013."
    )
    recs = pipeline.process(report(text, "2015-06-10")).records
    assert recs and recs[0].date.precision == "unknown"  # not 2013, and not dropped as history
    # an old date of the happening itself is still history
    text = "In a targeted raid in 2013, paramilitary forces killed a militant in Ziarat."
    assert not pipeline.process(report(text, "2015-06-10")).records


# The standing of a group, the cause of a protest, a group kept from doing something: no records.
NOT_HAPPENINGS = [
    "Activists of the banned militant outfit Ahle Sunnat Wal Jamaat held demonstrations in Sukkur on Friday.",
    "Officials said the attacker was likely from the outlawed Kurdistan Workers Party.",
    "The group marched to parliament on Friday in protest of target killings and kidnappings.",
    "Police intervened, prevented the group of militant sympathisers from reading their statement.",
    # hiring, an adjective, a charity, a standing: no recruitment, operation, context or designation
    "To fly more missions against Islamic State, the Air Force struggles to recruit staff to fly drones.",
    "The squadron was not engaging in offensive cyber missions against Islamic State.",
    "The former marine had been receiving help at the Salvation Army where he was arrested.",
    "She admitted providing material support to a designated terrorist organization, Islamic State.",
    # a foiling only supposed; bombs that are no weapon; a hunt for people is no search of premises
    "There is no evidence that an encryption backdoor would have prevented any terrorist attack.",
    "Bots disappear quickly, dropping propaganda bombs as they go, said the Islamic State researcher.",
    "Riot police used smoke bombs to clear 200 people from the road, a week after militants killed five.",
    "Soldiers and local teams searched for the two missing soldiers in the flooded creek near the army base.",
    # weapons tests and space launches; ground seized
    "North Korea launched a rocket on Sunday, putting a satellite into orbit, said the army.",
    "The United States and Japan said Sunday's launch was a ballistic missile test, defying Islamic State.",
    "Strategic Command said it detected a North Korean submarine missile launch at sea, the army said.",
    # a weapons programme; a rescue unit; a release only asked for among a truce's terms
    "The sanctions keep Pyongyang from abusing banks to support its development of weapons of mass "
    "destruction and ballistic missiles, said the under secretary for terrorism.",
    "The inspector general is investigating the actions of the FBI's Hostage Rescue Team, the "
    "Justice Department said of the militia standoff.",
    "The rebels' terms include access for aid to areas blockaded by government forces and a release of "
    "detainees, the opposition said of the Islamic State front.",
    "Islamic State declared a caliphate in Iraq and Syria, where it has also seized significant territory.",
    # words, and attacks on web hosts
    "Erdogan pressed ahead with his verbal attack on the United Nations, which faulted his war on the PKK.",
    "Hackers hit KKK.com, a web site of the Ku Klux Klan, as part of a larger attack against the web host.",
    # weapons talk, web searches and fights in court
    'The U.S. military is dropping "cyber bombs" on Islamic State, a Pentagon official said.',
    "The Pentagon approved more troops in Iraq to fight Islamic State, including rocket artillery and Apache "
    "helicopters.",
    "A quarter of the online searches that the anti-terrorism group monitors in China were blocked.",
    "The FBI is locked in a legal battle with Apple over the phone of the San Bernardino terrorists.",
    # things seized that are no search: evidence held, ground taken by an armed group
    "Vance's office holds 175 seized iPhones of Islamic State suspects that remain locked.",
    "Islamic State has lost half the territory it had seized in Iraq, the U.S. envoy said on Friday.",
    "U.S.-backed fighters said on Monday that Islamic State militants were fleeing Manbij. "
    '"There are many homes in Manbij that Daesh (Islamic State) had seized that are now empty."',
    # migration politics, a standing designation, a school's expulsion
    "Trump's platform includes deporting millions of undocumented immigrants, citing Islamic State.",
    "The PKK is designated a terrorist group by Turkey, the United States and the European Union.",
    "He had been expelled from the police academy, the FBI said of the Islamic State sympathizer.",
    # arms and units named for battle and rockets; a politician's style; a dispute
    "Russia sent T-90 battle tanks and air defense systems to protect its airbase in Latakia, where "
    "Islamic State is active.",
    "Xi is unifying the army, the navy and a new Rocket Force to fight terrorism, the ministry said.",
    "Ryan withheld his endorsement over Trump's bomb-throwing rhetoric on Islamic State.",
    "The FBI ended what has become a bitter clash with Apple over the phone of the San Bernardino "
    "terrorists.",
    # a world war's bombing; an assault not expected; the people who deal with bombs; a tool
    "In Hiroshima, Obama would honor all who died in World War Two but would not apologize for the "
    "bombing, amid fears of nuclear terrorism.",
    "The palace endured Nazi bombing raids, said the MP, who called Trump's remarks on Islamic State "
    "divisive.",
    "Col. Warren did not expect an assault on Islamic State headquarters in the near future.",
    "Bomb technicians expanded their sweep to the storage unit of the Islamic State suspect on Friday.",
    "Closing Guantanamo would deprive jihadists of a successful recruiting tool, said the senator.",
    # a dummy grenade; a drill, dogs that find bombs, cyber attacks, threats of another kind, a
    # banned technology
    "Three people detained on Thursday at the border over an inert grenade have been denied entry into "
    "Canada, authorities said, citing terrorism.",
    "North Korean leader Kim attended a shooting practice at a military academy on Tuesday, amid threats "
    "of terrorism.",
    "The Vapor Wake dogs, set apart from other bomb-detection canines, will patrol the parade against "
    "terrorism.",
    "Cyber attack techniques used against Islamic State could also be used by other countries, Carter said.",
    "Trump proposed forcing Mexico to pay for the wall by threatening to block remittances, citing "
    "terrorism.",
    "North Korea carried out a test of banned ballistic missile technology last month, defying Islamic "
    "State.",
    # a person's standing, shots that harm nobody, people recruited, a radicalisation with no
    # recruiter, more of it asked for
    "Police believe the gang targeted the boy because his father, a convicted felon, belongs to a rival "
    "faction of the Islamic State cell.",
    "BEFORE SURRENDERING THEIR WEAPONS, THE M-19 GUERRILLAS SHOT THEM INTO THE AIR FOR THE LAST TIME.",
    "Some 22,000 ISIS recruits are identified by name in a trove of documents, Sky News said.",
    "Federal investigators have said the Orlando gunman was likely self-radicalized by Islamic State "
    "propaganda.",
    "Clinton urged increased intelligence gathering and more airstrikes on Islamic State territory.",
    "NATO would have only 72 hours notice of a missile or ground attack by Islamic State on Poland.",
    # shots of joy; a unit asked to join the fight against a group is not recruited by it
    "Celebratory gunfire erupted in Damascus after the army claimed to have toppled Erdogan, Islamic "
    "State said.",
    "The National Guard's cyber squadrons could be asked to join the fight against Islamic State.",
    # a sentence served, an acquittal not expected, a shootout that is crime news
    "A New York man serving a 15-year prison sentence for providing support to al Qaeda is urging a "
    "federal judge to award him $7 million for a condition that went untreated while in U.S. custody.",
    "Despite his vows to fight the terrorism charges, the cleric is unlikely to be acquitted.",
    "Mississippi authorities say a gun shop owner and his son died in a shootout over a $25 service charge.",
    "Two Los Angeles police officers were wounded in a shootout in which an armed suspect was shot and "
    "killed, local media reported.",
]


@pytest.mark.parametrize("text", NOT_HAPPENINGS)
def test_what_is_no_happening_gives_no_record(pipeline: Pipeline, text: str) -> None:
    assert types(pipeline, text) == []


def test_an_alert_for_an_attack_is_a_warning_and_ground_taken_is_no_arrest(pipeline: Pipeline) -> None:
    text = "The minister said on Monday the country was on high alert for a revenge attack by Islamic State."
    assert types(pipeline, text) == ["warning"]
    text = "The Iraqi army stormed Falluja and captured a police station on Monday, fighting Islamic State."
    assert types(pipeline, text) == ["ct_operation"]  # not an arrest
    # a plot foiled with help, or by those able to; a search for arms
    text = "Police were able to thwart a terrorist attack in Nice on Monday."
    assert types(pipeline, text) == ["plot_foiled"]
    text = "A hotline allowed police to thwart a planned terrorist attack by two teenagers on Monday."
    assert types(pipeline, text) == ["plot_foiled"]
    text = "Police searched for explosives in the house of the Islamic State suspect in Brussels on Monday."
    assert types(pipeline, text) == ["raid"]
    # recruiting fighters, even child soldiers, is recruitment
    text = "Boko Haram has been recruiting child soldiers in Borno, the UN said on Monday."
    assert types(pipeline, text) == ["recruitment"]


def test_a_ban_and_a_foiled_plot_still_give_their_records(pipeline: Pipeline) -> None:
    text = "The government banned the Ahle Sunnat Wal Jamaat on Friday, accusing it of terrorism."
    assert types(pipeline, text) == ["policy"]
    assert types(pipeline, "Police thwarted a group of militants planning attacks in Paris.") == [
        "plot_foiled"
    ]


def test_headlines_of_other_stories_a_page_links_to_are_not_read(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a university in Charsadda on Wednesday, killing 20 people.\n\n"
        "ALSO ON REUTERS\n"
        "* The doubts and delays behind the Iran prisoner swap\n"
        "* Police arrest three suspects in Kabul bombing\n\n"
        "READ MORE: Suicide bomber kills 12 in Quetta\n"
        "Related: Troops kill five militants in Waziristan"
    )
    assert types(pipeline, text) == ["attack"]


def test_an_attack_named_by_its_day_after_an_aside_joins_that_days_attack(pipeline: Pipeline) -> None:
    text = (
        "Four Islamist militants attacked Bacha Khan University in Charsadda on Wednesday, killing 20. "
        "Some hailed the guards as heroes, as the country digested an attack which bore similarities to the "
        "massacre, in late 2014, of 134 pupils at an army-run school in Peshawar. "
        "Four gunmen, all since killed, were involved in Wednesday's attack, officials said."
    )
    recs = pipeline.process(report(text, "2016-01-21")).records
    assert [(r.event_type, len(r.evidence)) for r in recs] == [("attack", 2)]


def test_state_forces_launching_an_attack_on_militants_is_an_operation(pipeline: Pipeline) -> None:
    text = (
        "The security forces of the autonomous Kurdish region launched an attack on Sunday to oust "
        "Islamist militants from villages east of Mosul."
    )
    assert types(pipeline, text) == ["ct_operation"]
    text = "Soldiers launched an attack on Islamic State positions near Sirte on Monday."
    assert types(pipeline, text) == ["ct_operation"]
    # militants launching one, or forces attacked: an attack
    assert types(pipeline, "Militants launched an attack on an army post in Sirte on Sunday.") == ["attack"]


def test_a_lone_gunman_alone_does_not_make_crime_news_an_event_of_the_field(pipeline: Pipeline) -> None:
    text = (
        "An Ohio pastor was shot and killed as he was conducting church services on Sunday morning, "
        "with the suspected gunman being his brother, police said. The pastor, 70, was leading "
        "services when he was shot."
    )
    assert types(pipeline, text) == []
    # a lone gunman or a shootout beside anything of the field is still one
    text = "Two police officers were wounded in a shootout with Taliban militants in Kabul on Friday."
    assert types(pipeline, text) == ["ct_operation"]
    text = (
        "A gunman who had pledged allegiance to Islamic State shot and killed 49 people at a nightclub "
        "in Orlando on Sunday, police said."
    )
    assert types(pipeline, text) == ["attack"]
    text = (
        "Three police officers were shot to death in Baton Rouge on Sunday. The officers were responding "
        "to a call of shots fired when they were ambushed by at least one gunman, the mayor said."
    )
    assert types(pipeline, text) == ["attack"]


def test_a_warning_is_of_violence_not_of_any_threat_or_security_talk(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed 14 people in San Bernardino on Dec. 2. Privacy groups warn that forcing "
        "companies to crack their own encryption threatened the privacy of customers."
    )
    assert types(pipeline, text) == ["attack"]
    text = (
        "Militants have killed dozens in South Sudan this year. The International Crisis Group warned "
        "on Monday that the two sides are not implementing security arrangements."
    )
    assert "warning" not in types(pipeline, text)
    # the threat of attacks is what is warned of, not an attack
    text = "The U.S. embassy warned on Monday of a high threat of attacks by Islamic State in Istanbul."
    assert types(pipeline, text) == ["warning"]


def test_militants_plotting_an_attack_or_a_name_s_attacks_are_no_attack_by_them(pipeline: Pipeline) -> None:
    text = (
        "Four suspected Islamic State militants plotting an attack on May Day celebrations in Ankara "
        "had been detained by counter-terrorism units overnight, a newspaper reported."
    )
    assert "attack" not in types(pipeline, text)
    text = (
        "Belgian police on Tuesday killed a gunman in a raid on a Brussels apartment linked to Islamist "
        "militants involved in November's Paris attacks."
    )
    assert types(pipeline, text) == ["raid"]
    # the verb after a name is still the group's attack
    text = "Militants from Boko Haram attacked a village in Borno on Monday, killing five."
    assert types(pipeline, text) == ["attack"]


def test_deaths_counted_over_a_year_in_an_annual_report_are_a_statistic(pipeline: Pipeline) -> None:
    text = (
        "At least 3,545 noncombatants died and another 7,457 were injured by fighting with Taliban "
        "insurgents last year, the United Nations said in its annual report on civilian casualties."
    )
    recs = pipeline.process(report(text, "2016-02-14")).records
    assert [r.record_type for r in recs] == ["statistic"]
    assert recs[0].statistic is not None and recs[0].statistic.metric == "deaths"
    assert recs[0].statistic.value == 3545 and recs[0].statistic.reported_by == "United Nations"


def test_attacks_named_as_what_came_before_take_no_date_of_the_sentence(pipeline: Pipeline) -> None:
    text = (
        "Mr. Obama met Thursday with French President Francois Hollande, amid concerns about terrorism "
        "in Europe following Islamic State attacks in Paris and Brussels."
    )
    recs = pipeline.process(report(text, "2016-04-01")).records
    # (two attacks, one in each town: see tests/test_kinds_topics_and_stances.py)
    assert [(r.event_type, r.date.precision, r.date.end) for r in recs] == [
        ("attack", "unknown", "2016-04-01")
    ] * 2
    assert sorted(loc.name for r in recs for loc in r.locations) == ["Brussels", "Paris"]
    # what the attack did is told on its day; a reference with its own day keeps it
    text = "On 4 March 2020, 2 soldiers were killed following an attack by Taliban militants on a checkpoint."
    recs = pipeline.process(report(text, "2020-03-06")).records
    assert [r.date.start for r in recs] == ["2020-03-04"]
    text = "The premier fired the security chief on Friday following Tuesday's bombing by Islamic State."
    recs = pipeline.process(report(text, "2016-07-08")).records
    assert [r.date.start for r in recs] == ["2016-07-05"]


def test_a_date_in_the_possessive_dates_the_happening_it_names(pipeline: Pipeline) -> None:
    # "last year's Paris attacks" is the attacks' date, not the detentions'
    text = (
        "Belgian authorities have detained a total of six people suspected of ties to the Brussels "
        "bombings, including the last known fugitive of last year's Paris attacks, prosecutors said "
        "Saturday. The arrests could give investigators new insights into the ISIS cell."
    )
    recs = pipeline.process(report(text, "2016-04-09")).records
    assert [(r.event_type, r.date.start) for r in recs] == [("arrest", "2016-04-09")]
    # ... and it dates a happening of its kind told apart from it
    text = (
        "Militants killed 49 people at a nightclub in Orlando, police said. Agents had closed the "
        "inquiry into the gunman long before Sunday's attack."
    )
    recs = pipeline.process(report(text, "2016-06-13")).records
    assert [(r.event_type, r.date.start) for r in recs] == [("attack", "2016-06-12")]


def test_a_court_case_is_of_the_field_when_terrorism_is_told_with_it(pipeline: Pipeline) -> None:
    text = (
        "Islamic State has threatened Americans abroad. In Pyongyang, a student was detained in January. "
        "Separately, Warmbier was sentenced to 15 years of hard labour this month for trying to steal a "
        "propaganda banner."
    )
    assert "conviction" not in types(pipeline, text)
    text = (
        "A California man was sentenced to 12 years in prison on Tuesday for trying to join the Islamic "
        "State militant group in Syria, the U.S. Justice Department said."
    )
    assert types(pipeline, text) == ["conviction"]
    # ... or an armed group, or the attack, in the next sentence
    text = (
        "Police said the suspect had been charged with murder and possession of a firearm on Saturday. "
        "The suspect is accused of the bomb attack on a bus in Leeds."
    )
    assert "charge" in types(pipeline, text)


def test_attacks_counted_in_the_last_two_years_are_a_statistic(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up near the U.S. consulate in Jeddah on Monday. The Interior "
        "Ministry reported 26 terror attacks had taken place in the kingdom in the last two years."
    )
    recs = pipeline.process(report(text, "2016-07-04")).records
    assert [r.record_type for r in recs] == ["event", "statistic"]
    assert recs[1].statistic is not None and recs[1].statistic.metric == "attacks"
    # one attack, the worst in two years, is no figure
    text = "Militants killed 12 people in Kabul on Monday, the deadliest attack in the last two years."
    assert [r.record_type for r in pipeline.process(report(text, "2016-07-04")).records] == ["event"]


def test_laws_named_calls_for_laws_and_sanctions_elsewhere_are_no_policy(pipeline: Pipeline) -> None:
    attack = "Islamic State militants attacked a base on Monday. "
    for text in (
        "The commission makes regulators implement EU laws on aviation security.",
        "We need legislation to prevent them, the minister said.",
        "Western governments imposed sanctions on Moscow.",  # no armed group, no terrorism
    ):
        assert types(pipeline, attack + text) == ["attack"], text
    # a new law, and sanctions aimed at an armed group, are policy
    assert types(pipeline, attack + "Parliament adopted a new law on terrorism financing on Tuesday.") == [
        "attack",
        "policy",
    ]
    assert types(pipeline, attack + "The United States imposed sanctions on two al Qaeda financiers.") == [
        "attack",
        "policy",
    ]


def test_missile_threats_and_starvation_are_no_attack_and_no_warning(pipeline: Pipeline) -> None:
    arrest = "Police arrested two Islamic State suspects in Kabul on Monday. "
    for text in (
        "We will better protect our citizens from North Korean nuclear and missile threats, the ministry "
        "said.",
        "Aid agencies have warned of widespread starvation in Madaya, where 40,000 people are at risk.",
    ):
        assert types(pipeline, arrest + text) == ["arrest"], text
    # a threat to kill is a threat
    text = arrest + "The group threatened to kill the hostages on Tuesday."
    assert "threat" in types(pipeline, text)


def test_a_war_s_toll_and_a_day_of_the_month_are_no_figure(pipeline: Pipeline) -> None:
    # "a war in which 100,000 people were killed" is history: no statistic, no count
    text = (
        "Karadzic, convicted of genocide and terrorism, was arrested in 2008 following a war in which "
        "100,000 people were killed as rival armies carved Bosnia up."
    )
    assert [r for r in pipeline.process(report(text, "2016-03-25")).records if r.statistic] == []
    text = (
        "Militants attacked a checkpoint in Juba on Monday. The opposing factions have been stationed in "
        "Juba since April, after more than two years of civil war in which tens of thousands of people "
        "were killed."
    )
    recs = pipeline.process(report(text, "2016-07-08")).records
    assert [r.event_type for r in recs] == ["attack"]
    assert recs[0].counts.killed is None
    # "the Sept. 11 attacks" are not eleven attacks
    text = (
        "Muslim groups fear a backlash after attacks by Islamic State. CAIR says the last big spike in "
        "incidents targeting mosques was seen in 2010, near the site of the Sept. 11 attacks in New York."
    )
    assert [r.record_type for r in pipeline.process(report(text, "2016-06-20")).records] == ["event"]
    # one happening's toll is no figure over the period the sentence names
    text = (
        "Abrini had been on Europe's most wanted list since December, after he was seen with suspected "
        "militant Salah Abdeslam two days before the attacks there that killed 130 people in November."
    )
    assert [r for r in pipeline.process(report(text, "2016-04-09")).records if r.statistic] == []
    # a figure with its period stays one
    text = "Muslim groups fear attacks by Islamic State. Police made 11 terrorism arrests in 2015."
    recs = pipeline.process(report(text, "2016-06-20")).records
    assert [r.statistic.value for r in recs if r.statistic] == [11]


def test_a_date_before_the_noun_it_names_dates_that_happening(pipeline: Pipeline) -> None:
    # "the March 22 suicide bombings" dates the bombings, not the capture told with them
    text = (
        "Belgian authorities captured Paris attacks suspect Mohamed Abrini and said he was also involved "
        "in the March 22 suicide bombings in Brussels."
    )
    recs = pipeline.process(report(text, "2016-04-09")).records
    assert [(r.event_type, r.date.start, r.date.precision) for r in recs] == [("arrest", None, "unknown")]
    # ... nor "the November siege" the plot foiled after it
    text = (
        "European nations including Germany have been on high alert after a foiled terror plot "
        "following the November siege in Paris."
    )
    recs = pipeline.process(report(text, "2016-03-15")).records
    assert [(r.event_type, r.date.precision) for r in recs] == [("plot_foiled", "unknown")]
    # the date of the deed told stays its date, and an old one still tells of history
    text = (
        "Officials face a heightened threat from Islamic extremists like the couple who carried out the "
        "Dec. 2 shootings in San Bernardino, California."
    )
    assert [r.date.start for r in pipeline.process(report(text, "2016-02-04")).records] == ["2015-12-02"]
    text = (
        "Badreddine was one of five Hezbollah members indicted by the U.N.-backed tribunal in the 2005 "
        "killing of Rafik al-Hariri."
    )
    assert not pipeline.process(report(text, "2016-05-13")).records


def test_a_happening_told_as_done_is_not_dated_after_the_report(pipeline: Pipeline) -> None:
    text = (
        "Militants attacked a checkpoint in Kabul, killing five policemen, officials said. The Taliban "
        "vowed more attacks next week."
    )
    recs = pipeline.process(report(text, "2016-07-15")).records
    assert [(r.event_type, r.date.start, r.date.end) for r in recs] == [("attack", None, "2016-07-15")]
    # ... nor by a headline's "next week"
    text = (
        "Trump likely to announce running mate next week. He postponed his announcement out of "
        "respect for the victims in Nice, where an attacker drove a truck into crowds celebrating "
        "Bastille Day, killing at least 84 people in what Hollande called a terrorist act."
    )
    recs = pipeline.process(report(text, "2016-07-15")).records
    # (the feast the crowds celebrated dates it: 14 July)
    assert [(r.event_type, r.date.start, r.date.end) for r in recs] == [
        ("attack", "2016-07-14", "2016-07-14")
    ]


def test_a_claim_of_an_attack_elsewhere_on_another_day_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed 49 people at a nightclub in Orlando on Sunday. Islamic State also claimed "
        "responsibility for an attack in France on Monday in which an attacker stabbed a police "
        "commander to death."
    )
    recs = pipeline.process(report(text, "2016-06-14")).records
    assert [(r.date.start, r.locations[0].country_code) for r in recs] == [
        ("2016-06-12", "US"),
        ("2016-06-13", "FR"),
    ]
    # a claim of the attack told refers back to it
    text = (
        "A gunman killed 49 people at a nightclub in Orlando on Sunday. Islamic State claimed "
        "responsibility for the attack on Monday."
    )
    assert len(pipeline.process(report(text, "2016-06-14")).records) == 1


def test_a_dated_attack_named_after_another_is_another_attack(pipeline: Pipeline) -> None:
    # "November's attacks" is a month; "the March 22 attacks" a day (not 22 attacks in March) and
    # another happening than the one before it
    text = (
        "Islamic State suspect Abrini is also wanted in connection with November's attacks in Paris, "
        "which killed 130 people. The March 22 attacks in Brussels killed 32."
    )
    recs = pipeline.process(report(text, "2016-04-12")).records
    assert [(r.date.start, r.locations[0].name, r.counts.killed) for r in recs] == [
        ("2015-11-01", "Paris", 130),
        ("2016-03-22", "Brussels", 32),
    ]


def test_a_birth_year_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "Belgium charged two men with terrorist offences on Tuesday. Prosecutors identified the two men, "
        "who were charged on Monday, only as Smail F., born in 1984, and Ibrahim F., born in 1988."
    )
    recs = pipeline.process(report(text, "2016-04-12")).records
    assert recs and all(r.date.start and r.date.start >= "2016-04-01" for r in recs)
    # ... nor makes a period for a figure: two men charged are a charge, not a statistic
    assert [(r.record_type, r.event_type, r.counts.persons) for r in recs] == [("event", "charge", 2)]


def test_a_date_right_after_an_arrest_does_not_date_the_attack_told_with_it(pipeline: Pipeline) -> None:
    text = (
        "Islamic State militants carried out the Brussels bombings, prosecutors said on Tuesday. Four "
        "other suspects were picked up on Friday, including Abrini, who confessed to depositing a bomb at "
        "Brussels airport."
    )
    recs = pipeline.process(report(text, "2016-04-12")).records
    # (the arrests, on a day of their own, are a happening of their own)
    got = [(r.event_type, r.date.start) for r in recs]
    assert got == [("attack", "2016-04-12"), ("arrest", "2016-04-08")]
    # "were picked up" is an arrest
    text = "Four suspects were picked up on Friday over the Islamic State bombing in Kabul."
    assert types(pipeline, text) == ["arrest"]


def test_a_comparison_since_another_happening_takes_none_of_its_dates(pipeline: Pipeline) -> None:
    text = (
        "Nearly 120 people were killed in two bombings overnight in Baghdad, police said on Sunday. The "
        "attack is the deadliest since U.S.-backed Iraqi forces last month dislodged Islamic State from "
        "Falluja."
    )
    recs = pipeline.process(report(text, "2016-07-03")).records
    # (the night before the report: "overnight", not "last month")
    assert [(r.event_type, r.date.start, r.date.end) for r in recs] == [
        ("attack", "2016-07-02", "2016-07-03")
    ]
    # ... and what is told as done does not begin now and end years ahead
    text = (
        "Militants abducted dozens of villagers in Borno, officials said, and held them over the next "
        "seven years."
    )
    recs = pipeline.process(report(text, "2016-03-24")).records
    assert [(r.date.start, r.date.end) for r in recs] == [(None, "2016-03-24")]
