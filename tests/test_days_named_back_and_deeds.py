"""Days, months and years named back ("that month", "later that year"), a day counted from the main
clause ("A day after ..., X met Wednesday"), the day of a deed that names its doers, arrests asked
for, demonstrators arrested, raids by attackers and tolls of named groups (the real pipeline and
the rules; the texts are written for these tests)."""

from __future__ import annotations

import datetime as dt

from factories import of_type, records_of
from veille.extract.counts import aggregate, find_counts
from veille.extract.dates import find_dates
from veille.extract.lexicon import NEGATIVE_CUES
from veille.pipeline import Pipeline

_ANCHOR = dt.date(2016, 6, 20)  # a Monday


def _dates(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.text, m.interval.start, m.interval.end, m.interval.precision) for m in find_dates(text, _ANCHOR)
    ]


# -- named back ------------------------------------------------------------------------------------


def test_a_month_named_back_is_the_last_one_named() -> None:
    got = _dates("The attack came in late October. That month, police arrested three men.")
    assert got[-1] == ("That month", "2015-10-01", "2015-10-31", "month")
    day = _dates("On Sunday a bomb exploded. Later that day police arrested two men.")
    assert day[-1] == ("Later that day", "2016-06-19", "2016-06-19", "day")
    same = _dates("Gunmen attacked a church on 3 May 2016. The same night a mosque was hit.")
    assert same[-1] == ("The same night", "2016-05-03", "2016-05-03", "day")


def test_later_and_earlier_keep_their_side_of_the_date() -> None:
    later = _dates("In March 2014 he left for Syria. Later that year he joined the group.")
    assert later[-1] == ("Later that year", "2014-04-01", "2014-12-31", "year")
    earlier = _dates("In March 2014 he left for Syria. Earlier that year he met a recruiter.")
    assert earlier[-1] == ("Earlier that year", "2014-01-01", "2014-02-28", "year")
    month = _dates("On 12 March 2014 he left. Later that month he was arrested.")
    assert month[-1] == ("Later that month", "2014-03-13", "2014-03-31", "month")


def test_what_is_not_a_day_named_back() -> None:
    # a complementiser's "that", a day likened to another's, nothing named before, and a last
    # date that is no one month (nothing further back is taken instead)
    assert _dates("Police said that night patrols will double.") == []
    assert _dates("It happened on the same day as the vote.") == []
    assert _dates("That year was hard for the town.") == []
    # ... but "said later that day" is one, and a day of words is not what is named back
    assert _dates("On Sunday a bomb exploded. Police said later that day they held two men.")[-1][0] == (
        "later that day"
    )
    said = _dates("He was arrested in March, prosecutors said on Monday. Later that month he was charged.")
    assert said[-1] == ("Later that month", "2016-03-01", "2016-03-31", "month")
    got = _dates(
        "He was arrested on 2 May 2016. Searches grew after January 2015. That month, police foiled a plot."
    )
    assert "That month" not in [g[0] for g in got]
    # a year named back needs a date within one year before it
    assert "that year" not in [g[0] for g in _dates("Between 2014 and 2016 he fought; that year he left.")]


def test_a_plot_foiled_that_month_takes_the_month(pipeline: Pipeline) -> None:
    text = (
        "Belgian authorities stepped up their searches in November 2015. That month, days after the "
        "bloodshed in Paris, Belgian police foiled a plot by Islamic State militants in the town of "
        "Verviers."
    )
    plots = of_type(records_of(pipeline, text, "2016-03-28"), "plot_foiled")
    assert plots
    assert (plots[0]["date"]["start"], plots[0]["date"]["end"], plots[0]["date"]["precision"]) == (
        "2015-11-01",
        "2015-11-30",
        "month",
    )


# -- a day counted from the main clause ----------------------------------------------------------


def test_a_lapse_opening_the_sentence_counts_from_the_main_clause_day(pipeline: Pipeline) -> None:
    text = (
        "A day after a U.S. Navy SEAL was killed repelling an Islamic State offensive in Iraq, Defense "
        "Secretary Ashton B. Carter met Wednesday with representatives of the coalition."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-04"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-05-03"]
    assert attacks[0]["date"]["precision"] == "day"


def test_a_vehicle_driven_into_a_crowd_killing_people_is_an_attack(pipeline: Pipeline) -> None:
    text = "A truck plowed into a crowd in Nice on July 14, killing 84 people, and Islamic State claimed it."
    attacks = of_type(records_of(pipeline, text, "2016-07-17"), "attack")
    assert len(attacks) == 1
    assert attacks[0]["counts"]["killed"] == 84
    assert attacks[0]["weapon_type"] == "vehicle"


def test_a_convoy_driven_into_a_town_is_no_attack_word() -> None:
    from veille.extract.lexicon import find_triggers

    text = "An army convoy drove into Ramadi carrying soldiers and supplies."
    assert not [t for t, _, _ in find_triggers(text) if t.event_type == "attack"]


def test_a_lapse_with_a_day_of_its_own_is_not_counted_back(pipeline: Pipeline) -> None:
    text = (
        "A day after a gunman killed 49 people at Pulse, a gay nightclub in Orlando, on Sunday, the "
        "president met families of the victims of the Islamic State supporter on Monday."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-14"), "attack")
    assert attacks
    assert all(r["date"]["start"] != "2016-06-11" for r in attacks)


def test_a_day_of_words_after_the_date_is_a_report(pipeline: Pipeline) -> None:
    text = (
        "A truck plowed into a crowd in Nice on July 14, killing 84 people, and Islamic State claimed it. "
        "The minister on Saturday reiterated that the attacker was not known to the intelligence "
        "services before the attack."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-17"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-07-14"]


# -- the day of the deed the doers are known by --------------------------------------------------


def test_the_day_of_a_deed_told_of_its_doers_is_not_the_operation_day(pipeline: Pipeline) -> None:
    text = (
        "Frontier Corps troops killed one Taliban militant and arrested another during a search "
        "operation to corner militants who attacked a police station in March."
    )
    operations = [r for r in records_of(pipeline, text, "2015-04-21") if r["event_type"] != "attack"]
    assert operations
    assert all(r["date"]["text"] != "March" for r in operations)


def test_the_weekend_with_in() -> None:
    assert _dates("Fourteen armed Islamists were killed in the weekend near the town.") == [
        ("the weekend", "2016-06-18", "2016-06-19", "week")
    ]


# -- arrests asked for or ordered, and demonstrators arrested -----------------------------------


def test_an_arrest_requested_or_ordered_is_no_arrest(pipeline: Pipeline) -> None:
    asked = "Argentina has requested the arrest of two well known leaders of the Montoneros terrorist group."
    assert not of_type(records_of(pipeline, asked, "1989-08-17"), "arrest")
    ordered = "A judge ordered the arrest of the Islamic State recruiter on Monday."
    assert not of_type(records_of(pipeline, ordered, "2016-06-15"), "arrest")
    made = "Police arrested the Islamic State recruiter on Monday after prosecutors requested his detention."
    assert of_type(records_of(pipeline, made, "2016-06-15"), "arrest")


def test_a_deportation_planned_is_no_deportation(pipeline: Pipeline) -> None:
    planned = "The government plans to deport two Islamist preachers to Turkey, the interior ministry said."
    assert not of_type(records_of(pipeline, planned, "2016-04-16"), "deportation")
    done = "Germany deported two Islamist preachers to Turkey on Monday, the interior ministry said."
    assert of_type(records_of(pipeline, done, "2016-04-16"), "deportation")


def test_demonstrators_arrested_are_public_order(pipeline: Pipeline) -> None:
    protest = dict(NEGATIVE_CUES)["protest"]
    assert protest.search("Leaders trying to demonstrate at the border were arrested.")
    assert protest.search("Leaders trying to\u00a0demonstrate\u00a0at the border were arrested.")
    assert not protest.search("The attack was meant as demonstrating that the group can still strike.")
    assert not protest.search(
        "Police arrested three men who wanted to demonstrate to the world that IS could strike."
    )
    text = (
        "Morcha leaders and cadres trying to demonstrate at the border crossing have been arrested by "
        "the police."
    )
    assert not records_of(pipeline, text, "2015-12-08")


def test_what_protesters_demand_far_into_the_sentence_is_their_message(pipeline: Pipeline) -> None:
    text = (
        "Members of the Christian community held protest rallies and blocked roads in Gujranwala. "
        "They carried banners against the provincial government, the police, the courts and "
        "terrorists and demanded that the perpetrators of the church attacks be brought to justice."
    )
    assert not of_type(records_of(pipeline, text, "2015-03-18"), "attack")


# -- raids by attackers, and tolls of named groups ------------------------------------------------


def test_a_raid_carried_out_by_attackers_is_their_attack(pipeline: Pipeline) -> None:
    text = (
        "Three police officers were killed in a raid on their barracks carried out by at least 30 "
        "attackers, perhaps jihadists. One assailant and one civilian were also killed."
    )
    recs = records_of(pipeline, text, "2015-10-11")
    assert [r["event_type"] for r in recs] == ["attack"]
    assert recs[0]["counts"]["killed"] == 5
    searched = "Police killed three men in a raid on a house used by militants in Mosul on Monday."
    assert not of_type(records_of(pipeline, searched, "2016-06-15"), "attack")
    # (the raided are no doers: "raids by troops on militants", "carried out by forces against rebels")
    from veille.extract.engine import _RAID_BY_NONSTATE

    assert not _RAID_BY_NONSTATE.search("Raids by troops on militants killed 12 fighters on Monday.")
    assert not _RAID_BY_NONSTATE.search("Raids carried out by security forces against rebels killed 12.")
    assert _RAID_BY_NONSTATE.search("a raid on their barracks carried out by at least 30 attackers")


def test_a_count_of_a_named_party_joins_the_next_count() -> None:
    text = (
        "Four Communist Party of India-Maoist (CPI-Maoist) cadres and a police officer were killed in "
        "an exchange of fire."
    )
    assert aggregate(find_counts(text))["killed"] == 5


def test_a_lapse_after_a_datelines_dash_counts_from_the_main_clause_day(pipeline: Pipeline) -> None:
    text = (
        "Soldiers train in the desert. (Photo: J. Smith/U.S. Army) STUTTGART, Germany \u2014 A day after a "
        "U.S. soldier was killed repelling an Islamic State offensive in Iraq, the defense secretary met "
        "Wednesday with allies."
    )
    attacks = of_type(records_of(pipeline, text, "2016-05-04"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-05-03"]


# -- a doer named by his deed ----------------------------------------------------------------------


def test_a_doer_named_by_his_deed_lends_no_toll_nor_town(pipeline: Pipeline) -> None:
    text = (
        "Federal agents on Monday arrested a man in Texas who sold a rifle to the gunman who killed 49 "
        "people at an Orlando nightclub, the FBI said. The man was charged with lying about terrorism."
    )
    arrests = of_type(records_of(pipeline, text, "2016-07-03"), "arrest")
    assert len(arrests) == 1
    assert not arrests[0]["counts"].get("killed")
    assert "Orlando" not in [loc["name"] for loc in arrests[0]["locations"]]


def test_a_doer_named_by_his_deed_is_an_aside_only_after_the_sentences_own_word() -> None:
    from veille.extract.asides import aside_spans

    said = "Officials are investigating reports that the man who killed 49 people in Orlando was gay."
    later = " He called police during his rampage."
    text = said + later
    spans = [(0, len(said)), (len(said), len(text))]
    # the record's word is in another sentence: the deed may be the happening told
    assert aside_spans(text, spans, text.index("rampage")) == []
    arrested = "Agents arrested a man who sold a rifle to the gunman who killed 49 people in Orlando."
    got = aside_spans(arrested, [(0, len(arrested))], arrested.index("arrested"))
    assert [arrested[a:b] for a, b in got] == ["the gunman who killed 49 people in Orlando"]


def test_a_happening_told_before_a_doer_named_by_his_deed_is_the_sentences(pipeline: Pipeline) -> None:
    text = (
        "A Muslim man was beaten on Saturday outside a Florida mosque attended by the gunman who killed "
        "49 people at an Orlando nightclub. The attacker shouted at the victim and fled, and police are "
        "investigating it as a possible hate crime and act of terrorism."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-03"), "attack")
    assert attacks
    assert attacks[0]["counts"].get("killed") in (None, 0)
    assert attacks[0]["counts"].get("wounded") == 1


# -- who gives a figure ----------------------------------------------------------------------------


def test_the_body_a_figure_is_attributed_to() -> None:
    from veille.extract.statistics import reporter

    assert (
        reporter(
            "Some 40,000 people have been arrested for opposition to the government since 2013, according "
            "to the Egyptian Center for Economic and Social Rights and other human rights groups."
        )
        == "Egyptian Center for Economic and Social Rights"
    )
    assert (
        reporter(
            "More than 250 Americans have joined the group since 2011, according to a September 2015 report."
        )
        == "report"
    )
    assert reporter(
        "Police dismantled 13 cells since January, according to figures from the Interior Ministry."
    ) == ("Interior Ministry")
    assert reporter("A total of 140 militants have been killed since April 29, broadcaster NTV said.") == (
        "broadcaster NTV"
    )
    assert (
        reporter("The Observatory has reported 279 civilians killed in Aleppo since April 22.")
        == "Observatory"
    )
    assert (
        reporter("According to the Syrian Observatory, 279 civilians were killed since April 22.")
        == "Syrian Observatory"
    )
    assert (
        reporter("Some 250 Americans have joined the group since 2011, according to U.S. officials.")
        == "U.S. officials"
    )
    # a pronoun, or a body named in passing, gives no figure
    assert reporter("He said Turkey had detained 3,318 people since the conflict began.") is None
    assert reporter("More than 80 people were killed this year in Turkey, a NATO member.") is None
    # an offensive announced is no figure announced
    offensive = "Abadi announced the onslaught on Falluja after bombings killed 150 people this month."
    assert reporter(offensive) is None
    assert reporter("The ministry announced 26 arrests since January.") == "ministry"


def test_a_body_named_in_passing_does_not_report_a_statistic(pipeline: Pipeline) -> None:
    text = (
        "More than 80 people have now been killed in four suicide attacks so far this year in Turkey, a "
        "NATO member that faces multiple security threats."
    )
    stats = [r for r in records_of(pipeline, text, "2016-03-20") if r["record_type"] == "statistic"]
    assert stats
    assert all(r["statistic"]["reported_by"] is None for r in stats)
    said = (
        "Some 40,000 people have been arrested over links to militant groups since 2013, according to "
        "the Egyptian Center for Economic and Social Rights."
    )
    stats = [r for r in records_of(pipeline, said, "2016-01-22") if r["record_type"] == "statistic"]
    assert [r["statistic"]["reported_by"] for r in stats] == [
        "Egyptian Center for Economic and Social Rights"
    ]


def test_radicalization_in_general_is_no_recruitment() -> None:
    from veille.extract.lexicon import find_triggers

    def recruits(text: str) -> bool:
        return any(t.event_type == "recruitment" for t, _, _ in find_triggers(text))

    assert not recruits("The time from radicalization to action appears to be getting shorter.")
    assert not recruits("Analysts warned of the radicalization of society and of politics.")
    assert recruits("His radicalization took place online over six months.")
    assert recruits("Police are investigating the radicalization of young men by an Islamic State recruiter.")
    assert recruits("He was radicalized in prison by a preacher.")


def test_an_arrest_ordered_counts_no_one_arrested() -> None:
    text = "LAST NIGHT, THE DEFENSE MINISTRY ORDERED THE ARREST OF FIVE ALLEGED GUERRILLAS."
    assert not find_counts(text, upper=True)
    assert aggregate(find_counts("Police announced the arrest of five suspects."))["arrested"] == 5
    # ... nor, by a verb after them, the people a release is demanded for
    assert not find_counts("The hijacker demanded the release of 63 female prisoners held in Egypt.")


def test_a_known_body_is_matched_by_whole_words(pipeline: Pipeline) -> None:
    # ("IS" is inside "Interior Ministry" only as letters: the statistic is the ministry's)
    text = "IS militants have carried out 26 attacks in the kingdom since January, the Interior Ministry said"
    stats = [r for r in records_of(pipeline, text, "2016-06-20") if r["record_type"] == "statistic"]
    assert stats
    assert all(r["statistic"]["reported_by"] != "Islamic State" for r in stats)


def test_a_day_things_were_revealed_on_is_a_report(pipeline: Pipeline) -> None:
    text = (
        "Diplomatic sources on Tuesday revealed that the guerrillas tried to kidnap the president on "
        "Saturday when they attacked his home in the capital."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-15"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-06-11"]


# -- a list whose later part tells its time and venue before its town ----------------------------


def test_a_listed_attack_with_its_time_and_venue_before_its_town_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "Pelosi said members were committed because of a series of terrorist attacks and mass shootings "
        "\u2014 the recent attack on a gay nightclub in Orlando and the shooting last year at a "
        "predominantly African American church in Charleston, S.C. \u2014 and homeland security concerns."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-23"), "attack")
    towns = sorted(tuple(loc["name"] for loc in r["locations"] if loc["role"] == "event") for r in attacks)
    assert towns == [("Charleston",), ("Orlando",)]
    charleston = next(r for r in attacks if r["locations"][0]["name"] == "Charleston")
    assert charleston["date"]["start"] == "2015-01-01"
