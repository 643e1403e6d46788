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


def test_a_siege_told_by_its_end_and_then_its_start_is_one_happening(pipeline: Pipeline) -> None:
    text = (
        "QUETTA, March 12 (Reuters) - Pakistani security forces on Wednesday ended a standoff with "
        "separatist militants who hijacked a passenger train carrying more than 400 people in Balochistan, "
        "killing all 33 attackers, the army said. Twenty-one passengers and four paramilitary soldiers were "
        "killed, the military said.\n\nMilitants from the Baloch Liberation Army blew up the railway track "
        "and stormed the Jaffar Express in Bolan district on Tuesday."
    )
    (rec,) = of_type(records_of(pipeline, text, "2025-03-12"), "attack")
    assert rec["counts"]["killed"] == 58
    assert "Balochistan Liberation Army" in [a["name"] for a in rec["actors"]]
    # ... but an attack two days before is another
    text = (
        "QUETTA - Pakistani security forces on Wednesday ended a standoff with separatist militants who "
        "hijacked a passenger train in Balochistan, the army said.\n\n"
        "On Monday, militants stormed a police station in Turbat, killing three policemen."
    )
    assert len(of_type(records_of(pipeline, text, "2025-03-12"), "attack")) == 2


def test_the_demolition_of_an_attackers_home(pipeline: Pipeline) -> None:
    text = (
        "Israeli forces on Thursday demolished the home of a Palestinian gunman who killed two Israelis in a "
        "shooting attack in August, the army said."
    )
    (rec,) = records_of(pipeline, text, "2024-11-07")
    assert (rec["event_type"], rec["date"]["start"]) == ("ct_operation", "2024-11-07")
    assert rec["counts"]["killed"] is None  # the dead are the attack's, months before
    # ... not homes hit in an attack
    text = "Militants demolished the homes of three policemen in a night raid on Bama, killing two."
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-11-07")] == ["attack"]


def test_central_african_and_iranian_copy(pipeline: Pipeline) -> None:
    text = (
        "KAMPALA - Uganda deported three Kenyan nationals suspected of links to the ADF on Monday, the "
        "interior ministry said. The men had been arrested in Kasese in August."
    )
    recs = records_of(pipeline, text, "2024-09-10")
    (dep,) = of_type(recs, "deportation")
    assert (dep["counts"]["persons"], dep["date"]["start"]) == (3, "2024-09-09")
    assert all(loc["country_code"] == "UG" for r in recs for loc in r["locations"] if loc["role"] == "event")
    text = (
        "DAR ES SALAAM - Tanzania has handed over 35 suspected insurgents to Mozambican authorities, police "
        "in Mtwara region said on Wednesday."
    )
    (rec,) = records_of(pipeline, text, "2024-03-20")
    assert (rec["event_type"], rec["counts"]["persons"]) == ("extradition", 35)
    text = (
        "KAMPALA - Ugandan police said on Thursday they had arrested 12 suspects linked to the ADF over a "
        'plot to bomb churches in Kampala. "The suspects were found with improvised explosive devices and '
        'bomb-making materials," police spokesman Fred Enanga told reporters.'
    )
    assert not of_type(records_of(pipeline, text, "2023-11-02"), "attack")
    text = (
        "SHIRAZ, Iran (IRNA) - A gunman opened fire at the Shah Cheragh shrine in the southern city of "
        "Shiraz on Sunday evening, killing two people and wounding seven, IRNA reported."
    )
    (rec,) = records_of(pipeline, text, "2023-08-14")
    assert (rec["event_type"], rec["counts"]["killed"], rec["counts"]["wounded"]) == ("attack", 2, 7)
    assert [loc["country_code"] for loc in rec["locations"]] == ["IR"]
    text = (
        "TEHRAN (AFP) - Iranian security forces have arrested 11 people over the bombings in Kerman, the "
        "minister said on Friday. A foreign national from Tajikistan was among those arrested."
    )
    (rec,) = of_type(records_of(pipeline, text, "2024-01-05"), "arrest")
    assert rec["locations"][0]["country_code"] == "IR"
    text = (
        "WASHINGTON (AP) - An Afghan man accused of helping plan the 2021 suicide bombing at Kabul "
        "airport's Abbey Gate that killed 13 U.S. service members appeared in federal court in Alexandria, "
        "Virginia, on Wednesday after being extradited from Pakistan, the Justice Department said."
    )
    assert not of_type(records_of(pipeline, text, "2025-03-06"), "attack")


def test_near_misses_of_demolitions_shrines_and_sieges(pipeline: Pipeline) -> None:
    # an attack told in a clause of its own beside a demolition stays an attack
    text = (
        "Israeli troops demolished the family home of a Palestinian gunman in Nablus on Tuesday, and "
        "Palestinian militants later detonated a bomb at an Israeli checkpoint nearby, killing a soldier."
    )
    (rec,) = records_of(pipeline, text, "2024-03-12")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 1)
    # a killing at a shrine within a family is no attack
    text = (
        "A gunman opened fire at a Shinto shrine in Tokyo on Sunday, killing the chief priest; police said "
        "the suspect was the priest's younger brother."
    )
    assert not records_of(pipeline, text, "2024-03-12")
    # a siege ended the day after another attack, told with its own toll, is another happening
    text = (
        "Nigerian troops on Wednesday ended a siege on a military base in Borno state, killing 20 Boko Haram "
        "fighters.\n\n"
        "On Tuesday, Boko Haram fighters attacked a village in Borno state, killing 14 farmers."
    )
    assert len(records_of(pipeline, text, "2024-03-14")) == 2


def test_close_negatives(pipeline: Pipeline) -> None:
    for text in (
        # violence said to be no terrorism
        "KANSAS CITY, Missouri (AP) - Gunfire erupted at the Kansas City Chiefs' Super Bowl victory parade "
        "on Wednesday, killing one woman and wounding more than 20 people, police said.\n\nPolice Chief "
        "Stacey Graves said the shooting appeared to stem from a dispute between several people and that "
        "there was no nexus to terrorism.",
        "HAMBURG (dpa) - Police shot and wounded a man who threatened passengers with a knife at Hamburg's "
        "main railway station on Wednesday. Prosecutors said the man, who has a history of psychiatric "
        "illness, had no terrorist motive.",
        # parts played, figures of speech, ceremonies, games
        "LOS ANGELES (AP) - Veteran character actor James Corrin died of a heart attack at his home on "
        'Saturday.\n\nCorrin played a terrorist mastermind in the 1996 hit "Final Strike".',
        "TBILISI (Reuters) - Georgia's opposition leader described parliament's vote as a terrorist attack "
        "on democracy on Tuesday.",
        "ISLAMABAD (Dawn) - Pakistan's interior minister said on Thursday the country would never surrender "
        "to terrorists, in a speech at a ceremony honouring police officers killed in the line of duty.",
        "COPENHAGEN - Team Spirit won the Counter-Strike 2 major in Copenhagen on Sunday after winning 13 "
        "rounds on the terrorist side, where their bomb plants proved unstoppable.",
        # the past remembered
        "LONDON - Two decades after the July 7 bombings, Britain's counter-terrorism strategy still relies "
        "too heavily on surveillance, argues a former security minister.",
        "BESLAN, Russia (AFP) - Families marked the 20th anniversary of the Beslan school siege on Sunday, "
        "laying flowers at the ruined gymnasium where more than 330 people died in 2004.\n\nChechen "
        "militants had seized more than 1,100 hostages on the first day of the school year.",
    ):
        assert not records_of(pipeline, text, "2024-09-01"), text


def test_what_a_story_recalls_beside_its_news(pipeline: Pipeline) -> None:
    text = (
        "PARIS (AFP) - France raised its terrorism alert to the highest level on Sunday after the attack on "
        "a Moscow concert hall, Prime Minister Gabriel Attal said."
    )
    (rec,) = records_of(pipeline, text, "2024-03-25")
    assert (rec["event_type"], rec["locations"][0]["country_code"]) == ("warning", "FR")
    text = (
        "PARIS (Reuters) - French police arrested a 19-year-old man on Wednesday suspected of planning to "
        "attack a ceremony, the interior ministry said.\n\n"
        "The 2015 attacks on the Bataclan concert hall and cafes killed 130 people."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-11-13")] == ["arrest"]
    text = (
        "BRUSSELS (Reuters) - Belgian police arrested a man on Wednesday on suspicion of helping the cell "
        "behind the March 2016 Brussels bombings, prosecutors said."
    )
    (rec,) = records_of(pipeline, text, "2024-06-05")
    assert (rec["event_type"], rec["counts"]["arrested"], rec["date"]["start"]) == ("arrest", 1, "2024-06-05")
    text = (
        "MAGDEBURG, Germany (Reuters) - A man drove a car into a crowded Christmas market in Magdeburg on "
        "Friday evening, killing five people and injuring more than 200, authorities said.\n\nFederal "
        "prosecutors said they were investigating the rampage as a terrorist attack."
    )
    (rec,) = records_of(pipeline, text, "2024-12-21")
    assert (rec["event_type"], rec["counts"]["killed"], rec["counts"]["wounded"]) == ("attack", 5, 200)


def test_a_roundups_items_and_a_hunt_elsewhere_are_happenings_of_their_own(pipeline: Pipeline) -> None:
    text = (
        "Following are security developments in Iraq on Wednesday, as reported by police and military "
        "sources:\n\nFALLUJAH - A sniper killed an Iraqi soldier in Falluja, 50 km (32 miles) west of "
        "Baghdad.\n\nRAMADI - Iraqi troops arrested three suspected al Qaeda members in a raid on a village "
        "near Ramadi, the army said."
    )
    recs = records_of(pipeline, text, "2024-04-04")
    (attack,) = of_type(recs, "attack")
    (arrest,) = of_type(recs, "arrest")
    assert (attack["counts"]["killed"], attack["counts"].get("arrested")) == (1, None)
    assert (_towns(arrest), arrest["counts"]["arrested"]) == (["Ramadi"], 3)
    text = (
        "Five soldiers were killed in a clash with Abu Sayyaf militants in Patikul, Sulu province, on "
        "Monday, the military said.\n\nOn Wednesday, a homemade bomb exploded near a bus terminal in "
        "Cotabato City, killing two people and wounding 10.\n\nIn Lanao del Sur, troops raided a Dawlah "
        "Islamiyah hideout on Thursday, arresting four suspects and seizing explosives."
    )
    recs = records_of(pipeline, text, "2024-04-26")
    (attack,) = of_type(recs, "attack")
    assert attack["counts"].get("arrested") is None
    assert [r["counts"]["arrested"] for r in of_type(recs, "arrest")] == [4]
    # ... but the arrest of the attackers, told next, is the attack's end
    text = (
        "Gunmen killed three policemen at a checkpoint in Quetta on Monday, officials said.\n\n"
        "Police later arrested two of the attackers in Pishin."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-04-23")] == ["attack"]


def test_near_misses_of_denials_games_anniversaries_and_roundups(pipeline: Pipeline) -> None:
    # a denial of another case, or one the story answers, leaves the story's attack
    for text in (
        'A man stabbed three people at a bus stop in Mannheim on Sunday, shouting "Allahu Akbar", police '
        "said.\n\nIn a separate case, police said there was no nexus to terrorism in a stabbing at a "
        "supermarket in Hamburg last week.",
        "The attacker who killed three people at a festival in Solingen on Friday had no known extremist "
        "background, police said. Prosecutors were treating it as a terrorist attack.",
        "An attacker stabbed two police officers outside a station in Brussels on Monday, and prosecutors "
        "treated the case as terrorism. There was no indication of any terrorist links to the earlier fire "
        "at a nearby warehouse, police added.",
        # a game named beside real harm
        "A suicide bomber blew himself up at an internet cafe in Kabul where young men were playing Call of "
        "Duty, killing seven people on Monday.",
        # a building named for an idea
        "A suicide attack on the press club in Quetta killed eight journalists on Saturday.",
        # a real attack in an anniversary's story
        "Pakistan marked the 10th anniversary of the Army Public School massacre in Peshawar on Monday. "
        "Hours later, a suicide bomber killed 12 people at a market in Quetta that had reopened only last "
        "month.",
    ):
        recs = of_type(records_of(pipeline, text, "2024-12-16"), "attack")
        assert any(r["counts"]["killed"] or r["counts"]["wounded"] for r in recs), text
    # a wire's note is no dateline of a new item
    text = (
        "A bomb killed five people in a market in Baghdad on Monday, police said.\n\n"
        "UPDATE - The death toll rose to nine on Tuesday, a hospital source said."
    )
    (rec,) = records_of(pipeline, text, "2024-03-12")
    assert rec["counts"]["killed"] == 9
    # the attackers arrested elsewhere are the attack's
    text = (
        "Gunmen killed four policemen at a checkpoint in Dera Ismail Khan in Khyber Pakhtunkhwa on Monday. "
        "Police later arrested the suspected attackers in Punjab province."
    )
    assert [r["event_type"] for r in records_of(pipeline, text, "2024-03-12")] == ["attack"]


def test_a_death_sentence_carried_out_by_a_state(pipeline: Pipeline) -> None:
    text = (
        "TEHRAN - Iran on Friday hanged three men and a woman convicted of moharebeh over an attack on a "
        "police station, the judiciary said."
    )
    (rec,) = records_of(pipeline, text, "2023-12-30")
    assert (rec["event_type"], rec["date"]["start"], rec["counts"]["persons"]) == (
        "conviction",
        "2023-12-29",
        4,
    )
    text = "Saudi Arabia executed 81 men convicted of terrorism offences on Saturday, state media said."
    (rec,) = records_of(pipeline, text, "2022-03-13")
    assert (rec["event_type"], rec["counts"]["persons"], rec["counts"]["killed"]) == ("conviction", 81, None)
    text = "Iran executed a member of the Jaish al-Adl terrorist group in Zahedan prison on Saturday."
    (rec,) = records_of(pipeline, text, "2024-08-18")
    assert (rec["event_type"], _towns(rec)) == ("conviction", ["Zahedan"])
    # ... not captives a group kills
    text = "Islamic State militants executed 15 men in a village near Mosul on Saturday."
    (rec,) = records_of(pipeline, text, "2024-03-12")
    assert (rec["event_type"], rec["counts"]["killed"]) == ("attack", 15)


def test_militants_killed_in_encounters_over_a_period_are_the_forces_tally(pipeline: Pipeline) -> None:
    text = (
        "Jammu and Kashmir saw a decline in terror incidents this year, with 60 terrorists killed in "
        "encounters so far this year, the home ministry said on Monday."
    )
    (rec,) = records_of(pipeline, text, "2024-11-26")
    assert (rec["record_type"], rec["statistic"]["metric"], rec["statistic"]["value"]) == (
        "statistic",
        "militants_killed",
        60,
    )
