"""The actor knowledge base: data integrity, the matching rule, lookups and relations."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest

from veille.kb import ActorEntry, ActorKB, ActorMatch, KBError
from veille.kb.text import fold, key_of, tokenize
from veille.records import ACTOR_KINDS, ACTOR_ROLES, Actor

KB_DIR = resources.files("veille") / "data" / "kb"
ENTRY_FILES = ("armed_groups.jsonl", "agencies.jsonl", "media.jsonl")
AGENCY_KINDS = {"security_agency", "police", "military", "government", "judiciary", "international"}


def words(text: str) -> set[str]:
    return set(text.split())


def rows(name: str) -> list[dict[str, Any]]:
    text = (KB_DIR / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def found(kb: ActorKB, text: str, **kw: Any) -> list[tuple[str, str]]:
    return [(m.mention, m.entry.id) for m in kb.find(text, **kw)]


def ids(kb: ActorKB, text: str, **kw: Any) -> list[str]:
    return [m.entry.id for m in kb.find(text, **kw)]


# ---------------------------------------------------------------------- the data


def test_manifest_has_version_and_date() -> None:
    manifest = json.loads((KB_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "1"
    assert len(manifest["date"]) == 10
    for name in manifest["files"]:
        assert (KB_DIR / name).is_file(), name
    assert ActorKB.load().version == "1"


def test_counts(kb: ActorKB) -> None:
    groups = kb.entries("group")
    agencies = kb.entries("agency")
    assert len(groups) >= 170
    assert all(g.kind == "armed_group" for g in groups)
    countries = {e.country_code for e in agencies if e.country_code}
    assert len(countries) >= 45
    per_country: dict[str, int] = defaultdict(int)
    for e in agencies:
        if e.country_code:
            per_country[e.country_code] += 1
    main = words("MA ES FR GB US DE BE NL IT NG AF PK IN IQ KE SO PH EG TN DZ ML TR ID IL RU")
    thin = {cc: per_country[cc] for cc in main if per_country[cc] < 3}
    assert not thin, f"main countries with fewer than 3 agencies: {thin}"
    international = [e for e in agencies if e.kind == "international"]
    assert {"un", "unsc", "interpol", "europol", "eu", "nato", "african-union"} <= {
        e.id for e in international
    }
    assert len(kb.generic_entries) >= 20


def test_every_entry_has_a_source_note() -> None:
    for name in (*ENTRY_FILES, "generic.jsonl", "nonactors.jsonl", "demonyms.jsonl"):
        for row in rows(name):
            assert str(row.get("source") or "").strip(), f"{name}: {row.get('id', row)} has no source"


def test_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name in (*ENTRY_FILES, "generic.jsonl", "nonactors.jsonl"):
        for row in rows(name):
            assert row["id"] not in seen, f"{row['id']} in {name} and {seen.get(row['id'])}"
            seen[row["id"]] = name


def test_kinds_countries_and_designations_are_valid() -> None:
    iso2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    for row in rows("armed_groups.jsonl"):
        assert row["kind"] == "armed_group"
        assert set(row["countries"]) <= iso2, row["id"]
        d = row["designations"]
        assert {"UN", "US", "EU", "UK"} <= set(d), row["id"]
        assert d["US"] in (None, "FTO", "SDGT"), row["id"]
        for key, value in d.items():
            if key != "US":
                assert value is None or isinstance(value, bool), (row["id"], key)
        assert row.get("ideology"), row["id"]
    for row in rows("agencies.jsonl"):
        assert row["kind"] in AGENCY_KINDS, row["id"]
        assert row["kind"] in ACTOR_KINDS
        cc = row["country_code"]
        assert (cc is None) == (row["kind"] == "international" and cc is None)
        assert cc is None or cc in iso2, row["id"]
        # where an international mission or a force sent abroad works: ISO codes, for those only
        assert set(row.get("operates_in", ())) <= iso2, row["id"]
        assert "operates_in" not in row or row["kind"] in ("international", "military"), row["id"]
        assert cc is None or cc not in row.get("operates_in", ()), row["id"]
    for row in rows("media.jsonl"):
        assert row["kind"] in ACTOR_KINDS
    for row in rows("generic.jsonl"):
        assert row["kind"] in ACTOR_KINDS, row["id"]
        assert row["role"] is None or row["role"] in ACTOR_ROLES, row["id"]
    for row in rows("demonyms.jsonl"):
        assert row["country_code"] in iso2, row


def test_no_alias_maps_to_two_entries_unless_marked_shared() -> None:
    owners: dict[tuple[str, ...], dict[str, dict[str, Any]]] = defaultdict(dict)
    for name in ENTRY_FILES:
        for row in rows(name):
            for alias in [row["name"], *row["aliases"]]:
                owners[key_of(alias)][row["id"]] = row
    for key, entries in owners.items():
        if len(entries) < 2:
            continue
        defaults = 0
        for row in entries.values():
            assert any(key_of(s) == key for s in row.get("shared", [])), (key, row["id"])
            defaults += any(key_of(s) == key for s in row.get("default_for", []))
        assert defaults == 1, f"shared alias {key} needs one default, has {defaults}"


def test_flags_name_existing_aliases_and_parents_exist(kb: ActorKB) -> None:
    for e in kb:
        names = set(e.names)
        for flag in (e.case_sensitive, e.needs_context, e.shared, e.default_for):
            assert flag <= names, e.id
        if e.parent is not None:
            assert e.parent in kb, e.id
            assert e.id not in {a.id for a in kb.ancestors(e.id)}, f"cycle at {e.id}"
        for rel in e.related:
            assert rel in kb, e.id


def test_common_words_are_flagged(kb: ActorKB) -> None:
    """A one-word alias that is a frequent word in a major language must be case-sensitive,
    unless it is frequent only because it names the actor itself."""
    wordfreq = pytest.importorskip("wordfreq")
    famous = words(
        """isis isil daesh daech qaeda qaida aqmi shabaab nusra taliban talibans hezbollah hizbullah
        hisbollah hamas pkk ypg farc eln fmln ezln zapatistas zapatista mossos dgse gign mi5 mi6 fbi
        dhs doj cia nypd pentagon bka bfv verfassungsschutz generalbundesanwalt bundesanwaltschaft
        bundespolizei bnd bundesinnenministerium landeskriminalamt bundeswehr oberlandesgericht aivd
        marechaussee digos carabinieri viminale fsb sdf idf mossad tsk bsf bnpt polri rcmp
        carabineros interpol frontex nato cedeao osce reuters xinhua bbc cnn atomwaffen kkk
        muslimbruderschaft
        biff bundeskriminalamt"""
    )
    loose: list[str] = []
    for e in kb:
        for alias in e.names:
            if alias in e.case_sensitive or alias in e.needs_context:
                continue
            key = key_of(alias)
            if len(key) != 1 or len(key[0]) <= 2 or key[0] in famous:
                continue
            langs = ("en", "fr", "es", "de", "it", "pt")
            if max(wordfreq.zipf_frequency(key[0], lang) for lang in langs) >= 3.0:
                loose.append(f"{e.id}:{alias}")
    assert not loose, f"frequent words matched case-insensitively: {loose}"


def test_entries_round_trip_through_dicts(kb: ActorKB) -> None:
    for e in kb:
        again = ActorEntry.from_dict(e.to_dict(), e.category)
        assert again == e
        assert dict(again.designations) == dict(e.designations)


# ---------------------------------------------------------------------- matching: positives


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("ISIS claimed the attack.", "ISIS", "islamic-state"),
        ("Daesh fighters attacked the village.", "Daesh", "islamic-state"),
        ("a statement by the Islamic State group", "Islamic State group", "islamic-state"),
        (
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and the Levant",
            "islamic-state",
        ),
        ("Islamic State Khorasan Province claimed it", "Islamic State Khorasan Province", "iskp"),
        ("ISIS-K gunmen", "ISIS-K", "iskp"),
        ("the Islamic State's Khorasan Province", "Islamic State's Khorasan Province", "iskp"),
        ("Boko Haram insurgents", "Boko Haram", "boko-haram"),
        (
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            "boko-haram",
        ),
        ("al-Shabab fighters stormed", "al-Shabab", "al-shabaab"),
        ("Harakat al-Shabaab al-Mujahideen", "Harakat al-Shabaab al-Mujahideen", "al-shabaab"),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin", "jnim"),
        ("The BCIJ arrested four suspects", "BCIJ", "ma-bcij"),
        (
            "the Central Bureau of Judicial Investigations",
            "Central Bureau of Judicial Investigations",
            "ma-bcij",
        ),
        ("agents of the Guardia Civil", "Guardia Civil", "es-guardia-civil"),
        ("La Policía Nacional detuvo", "Policía Nacional", "es-policia-nacional"),
        ("the DGSI foiled a plot", "DGSI", "fr-dgsi"),
        ("the PNAT opened an investigation", "PNAT", "fr-pnat"),
        ("Parquet national antiterroriste", "Parquet national antiterroriste", "fr-pnat"),
        ("l'État islamique a revendiqué", "État islamique", "islamic-state"),
        ("Hezbollah's leader spoke", "Hezbollah", "hezbollah"),
        ("the Mossos d'Esquadra said", "Mossos d'Esquadra", "es-mossos"),
        ("Lashkar-e-Taiba operatives", "Lashkar-e-Taiba", "let"),
        ("LeT operatives", "LeT", "let"),
        ("Pakistani Taliban fighters", "Pakistani Taliban", "ttp"),
        ("the Afghan Taliban", "Afghan Taliban", "taliban"),
        ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "ttp"),
        ("Shining Path remnants", "Shining Path", "shining-path"),
        ("the Polisario Front", "Polisario Front", "polisario"),
        ("U.S.-led coalition aircraft", "U.S.-led coalition", "global-coalition"),
        ("The F.B.I. said", "F.B.I.", "us-fbi"),
        ("the Metropolitan Police", "Metropolitan Police", "gb-met"),
        ("Densus 88 arrested", "Densus 88", "id-densus88"),
        ("QSD arrested young men", "QSD", "sy-sdf"),
        ("members of Ahrar al Sharqiyah assaulted", "Ahrar al Sharqiyah", "ahrar-al-sharqiya"),
        ("the OSCE SMM observed", "OSCE SMM", "osce-smm"),
    ],
)
def test_find_positive(kb: ActorKB, text: str, mention: str, actor_id: str) -> None:
    matches = kb.find(text)
    assert (mention, actor_id) in [(m.mention, m.entry.id) for m in matches]
    for m in matches:
        assert text[m.start : m.end] == m.mention


def test_spelling_variants_of_al_qaeda(kb: ActorKB) -> None:
    for spelling in (
        "al-Qaeda",
        "al-Qaida",
        "Al Qaeda",
        "AL-QAEDA",
        "al-Qa'ida",
        "al-Qa’ida",
        "Al-Qaïda",
    ):
        assert ids(kb, f"{spelling} leaders") == ["al-qaeda"], spelling
    assert ids(kb, "AQ leaders") == ["al-qaeda"]
    assert ids(kb, "al-Qaeda in the Islamic Maghreb and AQAP") == ["aqim", "aqap"]


def test_all_caps_wire_copy(kb: ActorKB) -> None:
    assert found(kb, "THE FMLN ATTACKED AN ARMY POST") == [("FMLN", "fmln")]
    assert found(kb, "SENDERO LUMINOSO GUERRILLAS") == [("SENDERO LUMINOSO", "shining-path")]
    assert found(kb, "SHINING PATH REBELS") == [("SHINING PATH", "shining-path")]
    # A case-sensitive acronym needs a cue word in capitals...
    assert found(kb, "THE IRA CLAIMED THE BOMBING") == [("IRA", "pira")]
    assert found(kb, "THE IRA SAID") == []
    # ...and a needs-context one never matches there.
    assert found(kb, "IT IS RAINING IN THE IS HEARTLAND") == []


def test_longest_match_wins_and_matches_do_not_overlap(kb: ActorKB) -> None:
    text = "Islamic State West Africa Province and Islamic State fighters"
    assert found(kb, text) == [
        ("Islamic State West Africa Province", "iswap"),
        ("Islamic State", "islamic-state"),
    ]
    matches = kb.find("Hamas and the Izz ad-Din al-Qassam Brigades, PIJ and Hezbollah")
    assert [m.entry.id for m in matches] == ["hamas", "qassam-brigades", "pij", "hezbollah"]
    for a, b in zip(matches, matches[1:], strict=False):
        assert a.end <= b.start


def test_matches_do_not_cross_punctuation(kb: ActorKB) -> None:
    assert ids(kb, "Islamic. State") == []
    assert ids(kb, "Boko, Haram") == []


# ---------------------------------------------------------------------- matching: negatives


@pytest.mark.parametrize(
    "text",
    [
        "It is raining.",
        "IT IS RAINING.",
        "What IS this?",
        "It is group therapy.",
        "Police carried out this raid at dawn.",
        "A police raid on the house.",
        "The estimated eta is five minutes.",
        "la ira del pueblo",
        "Researchers at MIT said the model works.",
        "Download the PDF file of the report.",
        "The fan and the ant were far away.",
        "Shabab Al Ahli won the match.",
        "Militants fired Qassam rockets.",
        "The national action plan was adopted.",
    ],
)
def test_find_negative(kb: ActorKB, text: str) -> None:
    assert kb.find(text) == []


def test_needs_context_aliases(kb: ActorKB) -> None:
    assert ids(kb, "IS claimed the attack") == ["islamic-state"]
    assert ids(kb, "the battle against IS in Mosul") == ["islamic-state"]
    assert ids(kb, "Islamic State (IS) fighters") == ["islamic-state", "islamic-state"]
    assert ids(kb, "IS's leader was killed") == ["islamic-state"]
    assert ids(kb, "the elite RAID police unit stormed the flat") == ["fr-raid"]
    assert ids(kb, "Turkey's MIT intelligence agency") == ["tr-mit"]
    assert ids(kb, "People's Defence Force fighters") == ["pdf-myanmar"]
    assert ids(kb, "PDF fighters clashed with junta troops") == ["pdf-myanmar"]


def test_shared_aliases_follow_the_country_hint(kb: ActorKB) -> None:
    # "AFP" alone is the news agency, which is matched but not reported.
    assert kb.find("an official told AFP on Monday") == []
    media = kb.find("an official told AFP on Monday", include_media=True)
    assert [m.entry.id for m in media] == ["afp"]
    assert {c.id for c in media[0].candidates} >= {"afp", "ph-afp", "au-afp"}
    assert ids(kb, "the AFP said five soldiers died", countries=["PH"]) == ["ph-afp"]
    assert ids(kb, "the AFP arrested a teenager", countries=["AU"]) == ["au-afp"]
    assert ids(kb, "the ADF killed villagers") == ["adf-uganda"]
    assert ids(kb, "the ADF killed villagers", countries=["CM"]) == ["ambazonia-defence-forces"]
    assert ids(kb, "NIA officers arrested him") == ["in-nia"]
    assert ids(kb, "NIA officers arrested him", countries=["NG"]) == ["ng-nia"]
    assert ids(kb, "the DGSN said", countries=["DZ"]) == ["dz-dgsn"]


def test_shared_alias_follows_the_entry_named_in_the_same_text(kb: ActorKB) -> None:
    text = "Fighters of the Syrian National Army (SNA) clashed with the SDF. The SNA said."
    assert ids(kb, text) == [
        "syrian-national-army",
        "syrian-national-army",
        "sy-sdf",
        "syrian-national-army",
    ]
    assert ids(kb, "The SNA and ATMIS troops retook the town") == ["so-sna", "atmis"]


def test_acronyms_do_not_match_lowercase_words(kb: ActorKB) -> None:
    assert ids(kb, "NATO and Nato") == ["nato", "nato"]
    assert kb.find("nato sprva, cia kalba") == []  # Slovene and Lithuanian words
    assert kb.find("released under the MIT license") == []
    assert ids(kb, "The Frontier Corps (FC) said") == ["pk-fc", "pk-fc"]


def test_french_wire_copy(kb: ActorKB) -> None:
    text = "Le BCIJ a démantelé une cellule de l'EI à Tanger, selon la DGSN."
    assert ids(kb, text) == ["ma-bcij", "islamic-state", "ma-dgsn"]


def test_false_friends_hide_nothing(kb: ActorKB) -> None:
    assert ids(kb, "attack in North Sinai Province") == []
    assert ids(kb, "the Islamic State's Sinai Province claimed it") == ["is-sinai"]
    assert ids(kb, "Razavi Khorasan Province governor") == []


def test_accents_and_quotes_are_folded_offsets_kept(kb: ActorKB) -> None:
    text = "Selon le Parquet national antiterroriste, l’État islamique…"
    matches = kb.find(text)
    assert [m.entry.id for m in matches] == ["fr-pnat", "islamic-state"]
    assert [text[m.start : m.end] for m in matches] == [m.mention for m in matches]
    assert matches[1].mention == "État islamique"
    assert len(fold(text)) == len(text)


# ---------------------------------------------------------------------- generic phrases


def test_find_generic(kb: ActorKB) -> None:
    text = "Nigerian troops killed gunmen; police and the Metropolitan Police said. Burundi's army."
    got = [(g.mention, g.entry.id, g.country_code) for g in kb.find_generic(text)]
    assert ("Nigerian troops", "military", "NG") in got
    assert ("gunmen", "gunmen", None) in got
    assert ("police", "police", None) in got
    assert ("Burundi's army", "military", "BI") in got
    assert not any(m == "Police" for m, _, _ in got)  # inside "Metropolitan Police"
    # A named agency wins over a generic phrase with a qualifier.
    assert kb.find_generic("Mali's army and the Malian army") == []
    assert ids(kb, "Mali's army and the Malian army") == ["ml-fama", "ml-fama"]
    assert [g.entry.kind for g in kb.find_generic("suicide bomber")] == ["armed_group"]
    assert [g.entry.kind for g in kb.find_generic("villagers fled")] == ["civilians"]
    assert [g.entry.kind for g in kb.find_generic("prosecutors said")] == ["judiciary"]


def test_qualified_only_phrases(kb: ActorKB) -> None:
    assert kb.find_generic("forces loyal to him") == []
    israeli = kb.find_generic("Israeli forces raided Jenin")
    assert [(g.mention, g.country_code) for g in israeli] == [("Israeli forces", "IL")]


def test_matches_convert_to_contract_actors(kb: ActorKB) -> None:
    m = kb.find("The BCIJ dismantled a cell")[0]
    assert m.actor("agent") == Actor(
        "Central Bureau of Judicial Investigations", "BCIJ", "police", "agent", "MA"
    )
    g = kb.find_generic("Unknown gunmen opened fire")[0]
    assert g.actor() == Actor("Unidentified gunmen", "Unknown gunmen", "armed_group", "perpetrator", None)
    assert isinstance(m, ActorMatch)


# ---------------------------------------------------------------------- lookups and relations


def test_get_and_canonical(kb: ActorKB) -> None:
    assert kb.get("islamic-state") is not None
    assert kb.get("no-such-id") is None
    for name in (
        "ISIS",
        "Daesh",
        "islamic state",
        "ISLAMIC STATE OF IRAQ AND SYRIA",
        "islamic-state",
    ):
        entry = kb.canonical(name)
        assert entry is not None and entry.id == "islamic-state", name
    iskp = kb.canonical("Islamic State Khorasan Province")
    assert iskp is not None and iskp.id == "iskp" and iskp.parent == "islamic-state"
    assert kb.canonical("ISKP") == iskp
    shabaab = kb.canonical("al-Shabab")
    assert shabaab is not None and shabaab.parent == "al-qaeda"
    assert kb.canonical("the Extraditables") == kb.get("extraditables")
    assert kb.canonical("ADF", countries=["AU"]) == kb.get("au-adf")
    assert kb.canonical("nobody at all") is None


def test_same_group(kb: ActorKB) -> None:
    assert kb.same_group("ISIS", "Daesh")
    assert kb.same_group("ISIL", "islamic-state")
    assert not kb.same_group("ISKP", "ISIS")
    assert kb.same_group("ISKP", "ISIS", related=True)
    assert kb.same_group("ISIS", "ISKP", related=True)
    assert not kb.same_group("ISKP", "ISWAP", related=True)
    assert kb.same_group("al-Nusra Front", "HTS", related=True)
    assert not kb.same_group("Hamas", "Hezbollah", related=True)
    assert not kb.same_group("Hamas", "nobody at all")


def test_parents_and_children(kb: ActorKB) -> None:
    children = {e.id for e in kb.children("islamic-state")}
    assert {
        "iskp",
        "iswap",
        "is-sahel",
        "is-sinai",
        "is-somalia",
        "is-mozambique",
        "iscap",
    } <= children
    affiliates = {e.id for e in kb.children("al-qaeda")}
    assert {"aqim", "aqap", "aqis", "al-shabaab", "jnim"} <= affiliates
    assert [a.id for a in kb.ancestors("ansar-dine")] == ["jnim", "al-qaeda"]
    qassam = kb.get("qassam-brigades")
    assert qassam is not None and qassam.parent == "hamas"


def test_country_agencies(kb: ActorKB) -> None:
    morocco = {e.id for e in kb.country_agencies("ma")}
    assert {"ma-bcij", "ma-dgst", "ma-dgsn", "ma-far", "ma-interior"} <= morocco
    france = {e.id for e in kb.country_agencies("FR")}
    assert {"fr-dgsi", "fr-pnat", "fr-dgse", "fr-raid", "fr-gign"} <= france
    assert all(e.category == "agency" for e in kb.country_agencies("US"))


def test_designations(kb: ActorKB) -> None:
    isis = kb.get("islamic-state")
    assert isis is not None and {"UN", "US", "UK"} <= set(isis.designated_by())
    polisario = kb.get("polisario")
    assert polisario is not None and polisario.designated_by() == ()
    proud_boys = kb.get("proud-boys")
    assert proud_boys is not None and {"CA", "NZ"} <= set(proud_boys.designated_by())


# ---------------------------------------------------------------------- loading other data


def write_kb(tmp: Path, groups: Sequence[dict[str, Any]], agencies: Sequence[dict[str, Any]] = ()) -> Path:
    (tmp / "armed_groups.jsonl").write_text("\n".join(json.dumps(r) for r in groups) + "\n")
    (tmp / "agencies.jsonl").write_text("\n".join(json.dumps(r) for r in agencies) + "\n")
    (tmp / "manifest.json").write_text('{"version": "test"}')
    return tmp


def group(id_: str, name: str, aliases: list[str], **kw: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "name": name,
        "kind": "armed_group",
        "aliases": aliases,
        "source": "test",
        **kw,
    }


def test_load_from_a_directory(tmp_path: Path) -> None:
    kb = ActorKB.load(write_kb(tmp_path, [group("a", "Alpha Front", ["AF"], countries=["FR"])]))
    assert kb.version == "test" and len(kb) == 1
    assert found(kb, "the Alpha Front and AF") == [("Alpha Front", "a"), ("AF", "a")]
    assert kb.find("af") == []  # two-letter aliases are case-sensitive


def test_inconsistent_data_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="duplicate id"):
        ActorKB.load(write_kb(tmp_path, [group("a", "Alpha", []), group("a", "Beta", [])]))
    with pytest.raises(KBError, match="not marked shared"):
        ActorKB.load(write_kb(tmp_path, [group("a", "Alpha", ["Red"]), group("b", "Beta", ["Red"])]))
    with pytest.raises(KBError, match="unknown id"):
        ActorKB.load(write_kb(tmp_path, [group("a", "Alpha", [], parent="zzz")]))
    with pytest.raises(KBError, match="kind"):
        ActorKB.load(write_kb(tmp_path, [group("a", "Alpha", [], kind="gang")]))
    (tmp_path / "armed_groups.jsonl").write_text("{not json\n")
    with pytest.raises(KBError, match=r"armed_groups.jsonl:1"):
        ActorKB.load(tmp_path)


# ---------------------------------------------------------------------- tokenizer and speed


def test_tokenizer_keeps_offsets() -> None:
    text = fold("L'État islamique, Hezbollah's U.S.-led Jama’at")
    toks = tokenize(text)
    assert toks.norms == ["etat", "islamique", "hezbollah", "us", "led", "jamaat"]
    assert [text[s:e] for s, e in zip(toks.starts, toks.ends, strict=True)] == [
        "Etat",
        "islamique",
        "Hezbollah",
        "U.S.",
        "led",
        "Jama'at",
    ]
    assert toks.possessive[2]


def test_many_articles_run(kb: ActorKB) -> None:
    """A sanity run over synthetic copy (speed is measured in benchmarks, not asserted)."""
    rng = random.Random(7)
    sentences = [
        "Security forces killed five militants near the border, officials said.",
        "The Islamic State group claimed the bombing through its Amaq news agency.",
        "Police arrested three suspects linked to al-Qaeda in the Islamic Maghreb.",
        "Markets rose on Tuesday as investors weighed inflation figures.",
        "Nigerian troops repelled an ISWAP attack on a base in Borno, AFP reported.",
    ]
    articles = [" ".join(rng.choice(sentences) for _ in range(5)) for _ in range(2000)]
    total = 0
    for text in articles:
        matches = kb.find(text)
        total += len(matches)
        assert all(text[m.start : m.end] == m.mention for m in matches)
        kb.find_generic(text)
    assert total > 1000


@pytest.mark.parametrize(
    "text,expected",
    [
        # fighting is a cue for a group's bare acronym
        ("Fighting broke out between the KIA and government troops near the outpost.", "kia"),
        ("An attack by the FRPI on military positions in the village of Kiboba.", "frpi"),
        ("Members of the Chand-led outfit exchanged gun shots with the Armed Police.", "cpn-chand"),
        ("On 2 May, Al Sham Corps clashed with another faction near the crossing.", "faylaq-al-sham"),
        # the Pakistani Taliban, however spelled, are not the Afghan Taliban
        ("Tehreek-e-Taliban militants attacked a checkpost in North Waziristan.", "ttp"),
    ],
)
def test_groups_named_in_conflict_notes(kb: ActorKB, text: str, expected: str) -> None:
    assert [m.entry.id for m in kb.find(text) if m.entry.kind == "armed_group"] == [expected]


def test_killed_in_action_is_no_group(kb: ActorKB) -> None:
    assert not [m for m in kb.find("Two soldiers were reported KIA on Monday.") if m.entry.id == "kia"]


def test_a_country_has_at_most_one_national_force(kb: ActorKB) -> None:
    """What "soldiers" or "the army" stand for in a story told in a country: one military agency."""
    burkina = kb.national_forces("bf")
    assert burkina is not None and burkina.name == "Armed Forces of Burkina Faso"
    assert kb.national_forces("ZZ") is None

    def force(id_: str, cc: str, kind: str = "military", category: str = "agency") -> ActorEntry:
        return ActorEntry(id_, id_, kind, category, country_codes=(cc,), source="test", national=True)

    assert ActorKB([force("a", "BF")]).national_forces("BF") is not None
    with pytest.raises(KBError, match="already has national forces"):
        ActorKB([force("a", "BF"), force("b", "BF")])
    with pytest.raises(KBError, match="only a military agency"):
        ActorKB([force("a", "BF", kind="police")])
    with pytest.raises(KBError, match="only a military agency"):
        ActorKB([force("a", "BF", kind="military", category="group")])
