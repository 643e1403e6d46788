"""Far-right and far-left violence and its cases, East African copy and wire datelines: suspected
neo-Nazis and the Reichsbürger are arrested, members of a named group are charged over an attack
(not an attack), fire bombs thrown at offices and houses of worship, killings in a synagogue; a
dateline with the month first; Russia's counter-terrorist operation regime; whose citizen or native
someone is is no court's place; a toll brought up to date does not date its attack; a dateline's
country over a famous namesake; al-Shabaab suspects charged, youths intercepted, a car bomb seized;
tallies of a quarter or since a month; the background of a report; near misses of this session's
rules. The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline


def _towns(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_far_right_and_far_left_suspects_are_arrested(pipeline: Pipeline) -> None:
    for who in ("25 suspected neo-Nazis", "25 suspected members of the Reichsbürger movement"):
        text = f"BERLIN - German police on Wednesday arrested {who}."
        (rec,) = records_of(pipeline, text, "2023-09-05")
        assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 25)
        assert rec["date"]["start"] == "2023-08-30"
    text = (
        "STUTTGART - German police on Wednesday searched 20 properties of suspected members of a far-left "
        "group."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert rec["event_type"] == "raid"
    text = (
        "DETROIT - The FBI on Thursday arrested six men who allegedly plotted to kidnap Michigan Governor "
        "Gretchen Whitmer."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 6)
    # ... but a group described in a political story is no happening
    text = (
        "A candidate endorsed by a white supremacist group lost the primary on Tuesday.\n\nHis rival's "
        "campaign attacked him for weeks over the endorsement, and the crossfire between the two camps was "
        "fierce."
    )
    assert records_of(pipeline, text, "2016-03-01") == []
    # ... nor a gang's plot to kidnap for ransom
    text = "Police arrested four men on Monday who plotted to kidnap a businessman for ransom in Lagos."
    assert records_of(pipeline, text, "2016-05-10") == []


def test_members_of_a_named_group_charged_over_an_attack(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON - The Justice Department on Monday charged 11 members of the Oath Keepers militia over "
        "the attack on the Capitol."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("charge", 11)
    assert ("Oath Keepers", "affiliation") in {(a["name"], a["role"]) for a in rec["actors"]}
    text = (
        "WASHINGTON - Prosecutors on Monday charged 11 members of the Islamic State group in connection "
        "with the attack on the embassy."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("charge", 11)
    text = (
        "BALTIMORE - Federal prosecutors on Friday charged Brandon Russell, founder of the neo-Nazi group "
        "Atomwaffen Division, with conspiring to destroy power substations around Baltimore."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert rec["event_type"] == "charge"
    assert ("Brandon Russell", "charged") in {(a["name"], a.get("legal_status")) for a in rec["actors"]}


def test_fire_bombs_and_killings_in_houses_of_worship(pipeline: Pipeline) -> None:
    text = (
        "PORTLAND, Ore. - Someone threw a Molotov cocktail at the federal courthouse on Sunday, police said."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["event_type"], rec["weapon_type"], rec["target_type"]) == (
        "attack",
        "incendiary",
        "government_general",
    )
    text = "NEW YORK - A man firebombed a synagogue in Brooklyn on Sunday, causing minor damage, police said."
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["weapon_type"], rec["target_type"]) == ("incendiary", "religious_figures_institutions")
    text = "PITTSBURGH - A gunman killed 11 worshippers at a synagogue in Pittsburgh on Saturday."
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert (rec["event_type"], rec["counts"]["killed"], rec["date"]["start"]) == ("attack", 11, "2023-09-02")
    # ... but a riot's fire bombs are public order
    text = (
        "ATHENS - Protesters threw Molotov cocktails at a police station in Athens on Sunday, damaging two "
        "vehicles."
    )
    assert records_of(pipeline, text, "2023-09-05") == []
    # ... and a trial wished for is no sentence passed
    text = (
        "The white man accused of killing nine black parishioners in a racially motivated attack at a "
        "church in South Carolina a year ago said on Thursday he would like to waive his right to a jury "
        "trial, opting instead to be tried and sentenced by the court."
    )
    assert of_type(records_of(pipeline, text, "2016-06-10"), "conviction") == []


def test_wire_datelines_with_the_month_first(pipeline: Pipeline) -> None:
    for town in ("NALCHIK", "DUSHANBE", "URUMQI"):
        text = f"{town}, May 10 (TASS) - Police detained three militants on Monday."
        (rec,) = records_of(pipeline, text, "2016-05-10")
        assert len(_towns(rec)) == 1 and rec["locations"][0]["precision"] == "city", town
        assert rec["date"]["start"] == "2016-05-09"
    text = (
        "MAKHACHKALA, May 10 (TASS) - A counter-terrorist operation regime has been introduced in the "
        "Kizilyurt district of Dagestan."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["event_type"], _towns(rec)) == ("ct_operation", ["Kizilyurt"])


def test_whose_citizen_or_native_is_no_place_of_the_court(pipeline: Pipeline) -> None:
    for who in (
        "a citizen of Tajikistan with preparing a terrorist attack",
        "a native of Dagestan with terrorism",
    ):
        text = f"MOSCOW, May 10 (TASS) - Investigators have charged {who}."
        (rec,) = records_of(pipeline, text, "2016-05-10")
        assert (rec["event_type"], _towns(rec)) == ("charge", ["Moscow"]), who
    text = (
        "NASHVILLE, Tenn. - Federal agents arrested a 24-year-old Ohio man on Monday on charges he planned "
        "to attack a substation in Nashville."
    )
    (rec,) = records_of(pipeline, text, "2023-09-05")
    assert _towns(rec) == ["Nashville"]


def test_a_toll_brought_up_to_date_does_not_date_its_attack(pipeline: Pipeline) -> None:
    text = "KABUL - The death toll from a suicide bombing in Kabul has risen to 40, officials said on Monday."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["date"]["start"] is None and rec["date"]["end"] == "2016-05-09"
    assert rec["date"]["precision"] == "unknown"
    # ... the attack's own day still dates it
    text = (
        "KABUL - The death toll from Friday's suicide bombing in Kabul has risen to 40, officials said on "
        "Monday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["date"]["start"] == "2016-05-06"
    # ... and a time of a day is that day: "after Friday prayers"
    text = (
        "MOGADISHU - A suicide bomber killed five people at a restaurant in Mogadishu after Friday prayers, "
        "police said."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-06", "2016-05-06")


def test_a_datelines_country_over_a_famous_namesake(pipeline: Pipeline) -> None:
    text = "PALMA, Mozambique - Insurgents attacked the town of Palma on Wednesday, killing dozens of people."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert {loc["country_code"] for loc in rec["locations"]} == {"MZ"}
    # ... and a region named like a people: "Ethiopia's Somali region" is not Somalia
    text = (
        "ADDIS ABABA - Ethiopian troops killed 60 al-Shabaab fighters in Ethiopia's Somali region on Monday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert [(loc["country_code"], loc["precision"]) for loc in rec["locations"]] == [("ET", "admin1")]
    text = "Insurgents attacked Palma, Mozambique on Wednesday, killing dozens of people."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert {loc["country_code"] for loc in rec["locations"]} == {"MZ"}


def test_east_african_cases_seizures_and_targets(pipeline: Pipeline) -> None:
    text = "NAIROBI - Three men accused of links to al-Shabaab were charged in a Nairobi court on Monday."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["event_type"], rec["counts"]["persons"], rec["date"]["start"]) == ("charge", 3, "2016-05-09")
    text = (
        "ISIOLO - Kenyan police intercepted 12 youths in Isiolo on Monday who were heading to Somalia to "
        "join al-Shabaab."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 12)
    # ... not rockets stopped in the air
    text = (
        "GAZA - Militants fired 20 rockets at Israel on Monday; the Iron Dome system intercepted 12 "
        "rockets, the army said."
    )
    assert [r["counts"]["arrested"] for r in records_of(pipeline, text, "2016-05-10")] == [None]
    text = "MOGADISHU - Police raided a house in Mogadishu on Monday and seized a car bomb."
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["event_type"] == "raid"
    text = (
        "GARISSA - A roadside bomb killed a district commissioner and two of his guards in Garissa on Monday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["target_type"], rec["counts"]["killed"]) == ("government_general", 3)
    text = (
        "MOGADISHU - A roadside bomb hit a convoy of African Union peacekeepers near Mogadishu on Monday, "
        "killing two."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["target_type"] == "military"


def test_a_law_that_sets_a_penalty_is_a_policy(pipeline: Pipeline) -> None:
    text = (
        "ASTANA, May 10 (Reuters) - Kazakhstan's President signed a law on Tuesday introducing life "
        "imprisonment for terrorism."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["event_type"], rec["date"]["start"]) == ("policy", "2016-05-10")
    # ... and so is a listing of people as terrorists
    text = (
        "BEIJING, May 10 (Xinhua) - China placed four members of ETIM on its list of terrorists on Tuesday."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert (rec["event_type"], rec["date"]["start"]) == ("policy", "2016-05-10")


def test_near_misses_of_the_new_words(pipeline: Pipeline) -> None:
    # a hate crime of the street, a grudge's fire bomb, a wish to be tried are no happenings here
    for text in (
        "A man was arrested after a racist attack on a taxi driver in Bradford on Sunday, police said.",
        "A man threw a Molotov cocktail at the home of his former girlfriend in Lyon early on Tuesday, "
        "police said, and was arrested hours later.",
        "Police arrested three men on Monday who planned to blow up an ATM in Utrecht.",
    ):
        assert records_of(pipeline, text, "2016-05-10") == [], text
    # ... but a verdict after a choice is one
    text = (
        "She opted to plead guilty and was sentenced to six years on Monday for sharing Islamic State "
        "propaganda."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["conviction"]
    # ... the wreckage of a car bomb that went off is the attack's, not a seizure
    text = "Police recovered the wreckage of the car bomb that killed 12 people in Kabul on Monday."
    assert [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["attack"]
    # ... and what a law sets ends where another clause begins
    text = (
        "Parliament passed a law on Tuesday increasing penalties for terrorism, and police arrested five "
        "suspected Islamic State members in Ankara on the same day."
    )
    assert "arrest" in [r["event_type"] for r in records_of(pipeline, text, "2016-05-10")]


def test_tallies_of_a_quarter_and_since_a_month(pipeline: Pipeline) -> None:
    text = "Police have detained 200 suspected militants since January, the interior ministry said."
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert rec["record_type"] == "statistic"
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("arrests", 200)
    text = "Troops killed 1,200 terrorists and arrested 850 others in the first half of 2023, the army said."
    stats = {
        (r["statistic"]["metric"], r["statistic"]["value"]) for r in records_of(pipeline, text, "2024-05-14")
    }
    assert stats == {("militants_killed", 1200), ("arrests", 850)}
    text = (
        "NEW DELHI - The home ministry said 1,050 terrorist incidents took place in Jammu and Kashmir "
        "between 2018 and 2022."
    )
    (rec,) = records_of(pipeline, text, "2024-05-14")
    assert (rec["statistic"]["metric"], rec["statistic"]["value"]) == ("attacks", 1050)
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2018-01-01", "2022-12-31")
    # ... but hostages held since a month are no tally
    text = "Islamic State released 40 Assyrian Christians it had held hostage since February, activists said."
    assert [r["record_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["event"]


def test_a_suicide_car_bomber(pipeline: Pipeline) -> None:
    (rec,) = records_of(
        pipeline, "KABUL - A suicide car bomber killed 11 people in Kabul on Saturday.", "2016-05-10"
    )
    assert (rec["event_type"], rec["suicide"], rec["counts"]["killed"]) == ("attack", True, 11)


def test_background_of_a_report_is_no_record(pipeline: Pipeline) -> None:
    text = (
        "RABAT - Moroccan police dismantled a cell of five Islamic State supporters in Tangier on Monday, "
        "the interior ministry said.\n\nMorocco has been spared major attacks since 2011, when a bombing at "
        "a cafe in Marrakesh killed 17. In 2003, suicide bombings in Casablanca killed 45."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2019-11-12")] == ["cell_dismantled"]
    # ... nor the toll of the day a span runs from
    text = (
        "BRUSSELS - Police raised the alert level on Monday. Security has been tight since March 22, when "
        "suicide bombers killed 32 people in Brussels."
    )
    assert [r["record_type"] for r in records_of(pipeline, text, "2019-11-12")] == ["event"]


def test_near_misses_of_the_review_mends(pipeline: Pipeline) -> None:
    # people that gunmen intercept are their captives, not arrested
    text = (
        "OSOGBO - Gunmen intercepted 3 Chinese nationals at a mining site in Osun on Monday and kidnapped "
        "them."
    )
    (rec,) = records_of(pipeline, text, "2016-05-10")
    assert rec["counts"]["arrested"] is None
    # ... a gunman who kills his kin at a church is no attack
    text = "A gunman killed his estranged wife and her mother at a church in Texas on Sunday."
    assert records_of(pipeline, text, "2016-05-10") == []
    # ... one sweep is no tally
    text = "Police arrested 40 people during the year's biggest anti-terror sweep in Istanbul."
    assert [r["record_type"] for r in records_of(pipeline, text, "2016-05-10")] == ["event"]
    # ... and a bare dateline is the capital, whatever state the story names
    text = (
        "WASHINGTON (AP) - A Pennsylvania man was arrested on Thursday for plotting to bomb a church in "
        "Pittsburgh on behalf of Islamic State, the Justice Department said."
    )
    (rec,) = records_of(pipeline, text, "2022-05-20")
    assert "Washington" not in [loc["name"] for loc in rec["locations"] if loc["admin1"] == "Pennsylvania"]
