"""Nigerian, Lake Chad and Turkish copy, and the deeds a case is about: a Local Government Area
written out; livestock looted in a raid is no riot; the town the next sentences name beats the
dateline's; operations in 30 provinces are the country's; a defendant's alleged deed and the old
attack five men are accused of are no new attacks; detainees handed over for rehabilitation are
released, suspects handed to another country's army extradited; life sentences are no dead. The
real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import of_type, records_of
from veille.extract.counts import find_counts
from veille.pipeline import Pipeline


def _towns(rec: dict) -> list[str]:
    return [loc["name"] for loc in rec["locations"] if loc["role"] == "event"]


def test_a_local_government_area_written_out_is_the_place(pipeline: Pipeline) -> None:
    text = (
        "BIRNIN KEBBI - Suspected Lakurawa fighters killed 15 people in an attack on Mera village in Augie "
        "Local Government Area of Kebbi State on Friday, police said."
    )
    (rec,) = records_of(pipeline, text, "2024-11-10")
    assert _towns(rec) == ["Augie"]
    assert rec["locations"][0]["admin1"] == "Kebbi"
    assert (rec["date"]["start"], rec["counts"]["killed"]) == ("2024-11-08", 15)


def test_livestock_looted_in_a_raid_is_no_riot(pipeline: Pipeline) -> None:
    text = (
        "YAOUNDE (AFP) - Jihadists killed four civilians and abducted seven others in an overnight raid on "
        "a village in Cameroon's Far North region, a local official said on Wednesday.\n\nThe attackers, "
        "believed to belong to Boko Haram, stormed Zeleved in the Mayo-Tsanaga department late on Monday, "
        "looting livestock and burning houses, the official said on condition of anonymity."
    )
    (rec,) = records_of(pipeline, text, "2024-11-20")
    assert rec["event_type"] == "attack"
    assert (rec["date"]["start"], rec["date"]["precision"]) == ("2024-11-18", "day")


def test_the_town_the_next_sentence_names_beats_the_datelines(pipeline: Pipeline) -> None:
    text = (
        "KATSINA - Police in Katsina State said on Thursday they had arrested two men suspected of "
        "recruiting youths for ISWAP.\n\nThe suspects were arrested in Daura on Tuesday following a "
        "tip-off, police spokesman Abubakar Sadiq Aliyu said."
    )
    (rec,) = records_of(pipeline, text, "2024-06-14")
    assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 2)
    assert _towns(rec) == ["Daura"]
    assert rec["date"]["start"] == "2024-06-11"
    # ... with no town of its own, the dateline's stays
    text = (
        "KATSINA - Police in Katsina State said on Thursday they had arrested two men suspected of "
        "recruiting youths for ISWAP."
    )
    (rec,) = records_of(pipeline, text, "2024-06-14")
    assert _towns(rec) == ["Katsina"]


def test_operations_in_many_provinces_are_the_countrys(pipeline: Pipeline) -> None:
    for where in ("in 30 provinces", "across the country"):
        text = (
            f"ANKARA - Turkish police arrested 147 suspects in operations against Islamic State {where} "
            "over the past week, Interior Minister Ali Yerlikaya said on Tuesday."
        )
        (rec,) = records_of(pipeline, text, "2024-11-26")
        assert (rec["event_type"], rec["counts"]["arrested"]) == ("arrest", 147)
        (loc,) = rec["locations"]
        assert (loc["country_code"], loc["precision"]) == ("TR", "country")
    # ... not districts of one town, nor a raid in the town the story was filed from
    text = (
        "KABUL - Afghan police arrested 12 suspected Islamic State militants in two districts of Kabul on "
        "Tuesday, officials said."
    )
    (rec,) = records_of(pipeline, text, "2024-11-26")
    assert rec["locations"][0]["precision"] != "country"
    text = (
        "ANKARA - Turkish police arrested 14 suspected Islamic State militants on Tuesday, Interior Minister "
        "Ali Yerlikaya said."
    )
    (rec,) = records_of(pipeline, text, "2024-11-26")
    assert _towns(rec) == ["Ankara"]


def test_a_defendants_alleged_deed_is_no_new_attack(pipeline: Pipeline) -> None:
    lead = (
        "ISTANBUL - A Turkish court on Friday sentenced the main suspect in the 2022 bombing on Istanbul's "
        "Istiklal Avenue, which killed six people, to aggravated life imprisonment, Anadolu Agency "
        "reported.\n\n"
    )
    for told in (
        "Ahlam Albashir, a Syrian woman who prosecutors say planted the bomb on the orders of the PKK, was "
        "given seven aggravated life sentences.",
        "Ahlam Albashir, who allegedly planted the bomb, was jailed.",
        "Prosecutors say Albashir planted the bomb on the orders of the PKK.",
    ):
        recs = records_of(pipeline, lead + told, "2024-04-05")
        assert not of_type(recs, "attack"), told
        assert all(not r["counts"].get("killed") for r in recs), told
    # ... but a bomb planted on a day of its own, told after a case, is a happening
    text = (
        "ISTANBUL - A Turkish court on Friday sentenced a man to life imprisonment over a 2022 bombing.\n\n"
        "On Thursday, militants planted a bomb that killed two soldiers in Hakkari, the army said."
    )
    assert of_type(records_of(pipeline, text, "2024-04-05"), "attack")


def test_the_old_attack_suspects_are_arraigned_over_is_no_new_attack(pipeline: Pipeline) -> None:
    text = (
        "Five men accused of carrying out the June 2022 attack on St Francis Catholic Church in Owo, Ondo "
        "State, which killed 41 worshippers, were on Wednesday arraigned before a Federal High Court in "
        "Abuja on a nine-count terrorism charge.\n\nThe defendants pleaded not guilty. Justice Emeka Nwite "
        "adjourned the case to October."
    )
    recs = records_of(pipeline, text, "2023-08-10")
    assert not of_type(recs, "attack")
    (rec,) = recs
    assert (rec["event_type"], rec["date"]["start"], rec["counts"]["persons"]) == ("trial", "2023-08-09", 5)
    assert _towns(rec) == ["Abuja"]
    text = (
        "Five men accused of carrying out the attack on a church in Owo were arraigned on Wednesday before a "
        "Federal High Court in Abuja on terrorism charges."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2023-08-10")] == ["trial"]


def test_people_handed_over(pipeline: Pipeline) -> None:
    text = (
        "Nigeria's military said on Friday it had handed over 313 former detainees, cleared of links to Boko "
        "Haram after investigations, to the Borno State government for rehabilitation and reintegration."
    )
    (rec,) = records_of(pipeline, text, "2024-07-20")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("release", 313)
    text = (
        "Nigerien authorities on Tuesday handed over 12 Nigerian nationals suspected of being members of "
        "Boko Haram to the Nigerian Army at the Damasak border crossing, military sources said."
    )
    (rec,) = records_of(pipeline, text, "2024-08-22")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("extradition", 12)
    assert rec["date"]["start"] == "2024-08-20"
    # ... not suspects handed to the police at home
    text = "The army handed over three suspected Boko Haram members to the police in Maiduguri on Tuesday."
    assert not of_type(records_of(pipeline, text, "2024-08-22"), "extradition")


def test_life_sentences_are_no_dead() -> None:
    for text in (
        "Ahlam Albashir was given seven aggravated life sentences.",
        "The court gave them three life terms each.",
    ):
        assert not [m for m in find_counts(text) if m.slot == "killed"], text
    assert [(m.slot, m.value) for m in find_counts("The blast claimed 12 lives.")] == [("killed", 12)]


def test_a_colon_dateline(pipeline: Pipeline) -> None:
    text = (
        "RAIPUR: Two jawans of the District Reserve Guard were killed and four others injured when Maoists "
        "triggered an IED blast in Bijapur district of Chhattisgarh on Saturday, police said."
    )
    (rec,) = records_of(pipeline, text, "2024-01-07")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (2, 4)
    assert _towns(rec) == ["Bijapur"]
    assert rec["date"]["start"] == "2024-01-06"
    text = (
        "JAMMU: Nine people were killed and 33 injured when terrorists opened fire on a bus carrying "
        "pilgrims in Reasi district of Jammu and Kashmir on Sunday evening, officials said."
    )
    (rec,) = records_of(pipeline, text, "2024-06-10")
    assert (rec["counts"]["killed"], rec["counts"]["wounded"]) == (9, 33)
    assert _towns(rec) == ["Reasi"]
    # ... a time's colon is no dateline
    assert not [m for m in find_counts("At 10:30 two men were killed.") if m.value == 30]


def test_a_group_described_as_designated_is_no_listing(pipeline: Pipeline) -> None:
    text = (
        "ISTANBUL - Two assailants attacked a checkpoint at a courthouse in Istanbul on Tuesday, wounding "
        "six people, Interior Minister Ali Yerlikaya said.\n\nYerlikaya said the attackers were members of "
        "the DHKP-C, a far-left group designated as a terrorist organization by Turkey, the United States "
        "and the European Union."
    )
    recs = records_of(pipeline, text, "2024-02-06")
    assert not of_type(recs, "policy")
    assert of_type(recs, "attack")
    text = "WASHINGTON - The United States on Monday designated the group as a terrorist organization."
    assert of_type(records_of(pipeline, text, "2024-02-06"), "policy")


def test_near_misses_of_the_new_rules(pipeline: Pipeline) -> None:
    # a designation told with its day is a listing
    text = (
        "OTTAWA - Members of Samidoun, a group designated on Monday as a terrorist entity by Canada and the "
        "United States, protested outside parliament."
    )
    assert of_type(records_of(pipeline, text, "2024-10-17"), "policy")
    # a nationwide alert or a hospital named later does not move the happening
    text = (
        "ISLAMABAD - Police arrested a suspected militant planning to attack a church on Sunday, days after "
        "a nationwide alert was issued."
    )
    (rec,) = records_of(pipeline, text, "2024-03-10")
    assert _towns(rec) == ["Islamabad"]
    text = (
        "PESHAWAR - A suicide bomber killed 6 policemen in Khyber Pakhtunkhwa on Monday, officials said.\n\n"
        "The wounded were shifted to a hospital in Mardan."
    )
    (rec,) = records_of(pipeline, text, "2024-03-10")
    assert "Mardan" not in _towns(rec)
    text = (
        "PESHAWAR - Police arrested 6 suspected militants in Khyber Pakhtunkhwa on Monday. Similar arrests "
        "were made last month in Bannu."
    )
    assert all("Bannu" not in _towns(r) for r in of_type(records_of(pipeline, text, "2024-03-10"), "arrest"))
    # suspects handed to the army at home are no extradition, children rescued no release
    text = (
        "Civilian JTF members handed over 12 suspected Boko Haram members to the Nigerian Army in Konduga on "
        "Tuesday."
    )
    assert not of_type(records_of(pipeline, text, "2024-03-10"), "extradition")
    text = (
        "Troops handed over 40 rescued children, abducted by Boko Haram, to the Borno State government for "
        "rehabilitation on Monday."
    )
    assert not of_type(records_of(pipeline, text, "2024-03-10"), "release")
