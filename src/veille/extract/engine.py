"""The rule-based extraction engine ``rules.v1``: an annotated article in, records out.

Sentence by sentence it finds event triggers (lexicon), keeps those in a terrorism or
armed-conflict context and outside close negatives (accidents, sport, markets, reviews,
history), groups the sentences of one happening into one candidate, and fills each field
from the candidate's sentences, remembering which sentence gave which value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from veille.extract import gtd
from veille.extract.counts import CountMention, find_counts
from veille.extract.counts import aggregate as aggregate_counts
from veille.extract.dates import DateMention, find_dates, parse_dateline, parse_published, resolve_anchor
from veille.extract.lexicon import CONTEXT, NEGATIVE_CUES, STRONG_CONTEXT, Trigger, find_triggers
from veille.extract.places import choose_locations, focus_country
from veille.extract.statistics import StatisticMention, find_statistics
from veille.ids import record_id
from veille.kb.actors import ActorKB, ActorMatch
from veille.records import (
    Actor,
    AnnotatedArticle,
    Counts,
    DateInterval,
    Drop,
    Evidence,
    Location,
    Provenance,
    Record,
    Sentence,
    Span,
    Statistic,
)

# When one sentence has triggers of several types, the more specific happening wins.
PRIORITY = (
    "cell_dismantled",
    "plot_foiled",
    "conviction",
    "acquittal",
    "charge",
    "trial",
    "extradition",
    "repatriation",
    "deportation",
    "attack",
    "ct_operation",
    "arrest",
    "raid",
    "release",
    "travel",
    "recruitment",
    "threat",
    "warning",
    "policy",
)
_RANK = {t: i for i, t in enumerate(PRIORITY)}
# Types that a neighbouring sentence of another type folds into (one operation, one record).
FOLDS_INTO = {
    "arrest": {"cell_dismantled", "plot_foiled", "raid", "charge", "ct_operation", "attack"},
    "raid": {"cell_dismantled", "plot_foiled", "arrest", "ct_operation"},
    "ct_operation": {"attack"},
    "recruitment": {"cell_dismantled", "plot_foiled", "arrest", "charge", "conviction", "trial"},
    "travel": {"repatriation", "deportation", "arrest", "charge", "conviction", "cell_dismantled"},
    "threat": {"attack"},
    "warning": set(),
    "policy": set(),
}
# Weak types make their own record only when nothing stronger is in the sentence.
WEAK = {"warning", "policy", "recruitment", "release", "threat", "trial", "travel"}
SEPARATE = re.compile(
    r"\b(?:in (?:a |another )?separate (?:incident|attack|operation|case)|separately|"
    r"in another (?:incident|attack)|elsewhere|meanwhile|in a second (?:attack|incident)|"
    r"also (?:on|in)|in a related (?:development|case))\b",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|announced|stated|reported|quoted|added|confirmed)\b", re.IGNORECASE
)
CLAIM = re.compile(
    r"\b(?:claimed responsibility|claimed the|attributed (?:the )?\w+ to|blamed|"
    r"(?:sources|officials|police|authorities) (?:said|suspected|believe)|responsible for|"
    r"carried out by|suspected (?:members|militants|fighters) of|by (?:suspected )?(?:\w+ ){0,2}"
    r"(?:militants|fighters|members|gunmen) (?:of|from|belonging to|linked to|loyal to))",
    re.IGNORECASE,
)
NO_CLAIM = re.compile(r"\bno (?:group|one|organi[sz]ation) (?:has |had |immediately )?claimed", re.IGNORECASE)
TYPE_LABEL = {
    "attack": "Attack",
    "plot_foiled": "Plot foiled",
    "cell_dismantled": "Cell dismantled",
    "arrest": "Arrest",
    "raid": "Raid or seizure",
    "ct_operation": "Security operation",
    "charge": "Charges",
    "trial": "Trial",
    "conviction": "Conviction",
    "acquittal": "Acquittal",
    "release": "Release",
    "deportation": "Deportation",
    "repatriation": "Repatriation",
    "extradition": "Extradition",
    "travel": "Travel of fighters",
    "recruitment": "Recruitment",
    "threat": "Threat",
    "warning": "Warning",
    "policy": "Policy",
}
CT_TYPES = set(PRIORITY) - {"attack", "threat"}


@dataclass
class Candidate:
    """The sentences of one happening, grown as the article is read."""

    event_type: str
    trigger: tuple[int, int]
    strength: float
    sentences: list[Sentence] = field(default_factory=list)
    statistic: StatisticMention | None = None
    stat_sentence: Sentence | None = None

    @property
    def first(self) -> Sentence:
        return self.sentences[0]


class Extractor:
    """``rules.v1``. Construct with an actor knowledge base; ``extract`` is pure."""

    name = "rules.v1"

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb

    # -- the stage --------------------------------------------------------------------------

    def extract(self, ann: AnnotatedArticle) -> list[Record] | Drop:
        text = ann.text
        art = ann.article
        dateline, _ = parse_dateline(text, parse_published(art.published))
        anchor = resolve_anchor(art.published, dateline)
        actor_matches = self.kb.find(text)
        armed_groups = [m for m in actor_matches if m.entry.kind == "armed_group"]
        article_context = len(STRONG_CONTEXT.findall(text)) + 2 * len(armed_groups)
        negatives = self._negatives(text, art.title or "")
        if (
            negatives.get("review", 0) >= 3
            or negatives.get("history", 0) >= 2
            and not self._recent(text, anchor)
        ):
            reason = "review" if negatives.get("review", 0) >= 3 else "history"
            return Drop(art.id, "not_relevant", f"{reason}: not a report of a current event")
        candidates = self._candidates(ann, article_context, anchor)
        if not candidates:
            return Drop(art.id, "not_relevant", "no counter-terrorism event found")
        dates = find_dates(text, anchor, upper=ann.upper)
        counts = find_counts(text, 0, upper=ann.upper)
        records = [
            self._record(ann, c, dates, counts, actor_matches, anchor, i) for i, c in enumerate(candidates)
        ]
        return records

    # -- relevance ----------------------------------------------------------------------------

    @staticmethod
    def _negatives(text: str, title: str) -> Counter[str]:
        found: Counter[str] = Counter()
        for name, rx in NEGATIVE_CUES:
            found[name] = len(rx.findall(title + "\n" + text))
        return found

    @staticmethod
    def _recent(text: str, anchor: dt.date | None) -> bool:
        if anchor is None:
            return True
        for m in find_dates(text, anchor):
            s = m.interval.start
            if (
                s
                and m.interval.precision in {"day", "week"}
                and (anchor - dt.date.fromisoformat(s)).days <= 14
            ):
                return bool(re.search(r"\b(?:arrest|attack|killed|charged|raid)\w*", text, re.IGNORECASE))
        return False

    def _sentence_ok(self, sent_text: str, trig: Trigger, context_near: int, article_context: int) -> bool:
        for name, rx in NEGATIVE_CUES:
            if name in {"history", "review", "crime", "protest"}:
                continue
            if rx.search(sent_text) and not STRONG_CONTEXT.search(sent_text):
                return False
        if trig.needs_context:
            return context_near > 0 and (article_context > 0 or CONTEXT.search(sent_text) is not None)
        return article_context > 0 or context_near > 0

    def _candidates(
        self, ann: AnnotatedArticle, article_context: int, anchor: dt.date | None
    ) -> list[Candidate]:
        text = ann.text
        sents = list(ann.sentences)
        ctx = [len(CONTEXT.findall(text[s.start : s.end])) for s in sents]
        strong = [len(STRONG_CONTEXT.findall(text[s.start : s.end])) for s in sents]
        out: list[Candidate] = []
        current: Candidate | None = None
        for i, s in enumerate(sents):
            st = text[s.start : s.end]
            near = sum(ctx[max(0, i - 1) : i + 2]) + 2 * sum(strong[max(0, i - 2) : i + 3])
            crime = re.search(NEGATIVE_CUES[-1][1], st) and not STRONG_CONTEXT.search(st)
            protest = re.search(NEGATIVE_CUES[-2][1], st) and not re.search(
                r"\b(?:terror\w*|militants?|gunm[ae]n|jihad\w*|insurgents?|suicide|IEDs?|bomb\w*)",
                st,
                re.IGNORECASE,
            )
            stats = find_statistics(st) if article_context or strong[i] else []
            if stats and not crime:
                for sm in stats:
                    cand = Candidate(sm.event_type, (s.start + sm.start, s.start + sm.end), 0.8, [s], sm, s)
                    out.append(cand)
                current = None
                continue
            hits = [
                (t, a, b) for t, a, b in find_triggers(st) if self._sentence_ok(st, t, near, article_context)
            ]
            if crime or protest:
                hits = [h for h in hits if not h[0].needs_context or strong[i]]
            if not hits:
                if current is not None and self._continues(st, current):
                    current.sentences.append(s)
                continue
            types = {t.event_type for t, _, _ in hits}
            main_type = min(types, key=lambda t: _RANK[t])
            if main_type in WEAK and len(types) > 1:
                strong_types = [t for t in types if t not in WEAK]
                if strong_types:
                    main_type = min(strong_types, key=lambda t: _RANK[t])
            trig = min((h for h in hits if h[0].event_type == main_type), key=lambda h: h[1])
            strength = max(t.strength for t, _, _ in hits if t.event_type == main_type)
            separate = SEPARATE.search(st) is not None
            if current is not None and not separate:
                if main_type == current.event_type or current.event_type in FOLDS_INTO.get(main_type, set()):
                    current.sentences.append(s)
                    current.strength = max(current.strength, strength)
                    continue
                if main_type in FOLDS_INTO and any(
                    c.event_type in FOLDS_INTO[main_type] for c in out[-1:] if c.statistic is None
                ):
                    out[-1].sentences.append(s)
                    continue
            if not separate:
                same = [c for c in out if c.event_type == main_type and c.statistic is None]
                if same and main_type not in {"attack"}:
                    same[-1].sentences.append(s)
                    current = same[-1]
                    continue
                if same and main_type == "attack" and not self._new_attack(st):
                    same[-1].sentences.append(s)
                    current = same[-1]
                    continue
            current = Candidate(main_type, (s.start + trig[1], s.start + trig[2]), strength, [s])
            out.append(current)
        return [c for c in out if self._keep(c, text, article_context)]

    @staticmethod
    def _new_attack(st: str) -> bool:
        return (
            re.search(r"\b(?:another|second|two (?:separate )?attacks|separate)\b", st, re.IGNORECASE)
            is not None
        )

    @staticmethod
    def _continues(st: str, current: Candidate) -> bool:
        """A sentence with no trigger still belongs to the current happening (tolls, claims)."""
        return bool(
            re.search(
                r"\b(?:killed|dead|died|wounded|injured|hurt|victims?|claimed|responsib\w+|toll|"
                r"suspects?|detained|aged|identified|named|accused|blamed|attributed)\b",
                st,
                re.IGNORECASE,
            )
        )

    @staticmethod
    def _keep(c: Candidate, text: str, article_context: int) -> bool:
        if c.statistic is not None:
            return True
        return not (c.event_type in WEAK and c.strength < 0.7 and article_context < 2)

    # -- fields -------------------------------------------------------------------------------

    def _record(
        self,
        ann: AnnotatedArticle,
        c: Candidate,
        dates: list[DateMention],
        counts: list[CountMention],
        actors: list[ActorMatch],
        anchor: dt.date | None,
        index: int,
    ) -> Record:
        text = ann.text
        art = ann.article
        spans = [(s.start, s.end) for s in c.sentences]
        window = " ".join(text[a:b] for a, b in spans)
        in_window = lambda start: any(a <= start < b for a, b in spans)  # noqa: E731

        date, date_span = self._date(ann, c, dates, anchor)
        locations, loc_spans = choose_locations(ann, c.event_type, spans, index == 0)
        country = focus_country(ann)
        if not locations and country:
            locations, loc_spans = (
                [Location(name=country[1], country_code=country[0], precision="country")],
                [None],
            )
        actor_list, actor_spans = self._actors(ann, c, actors, spans)
        count_values: dict[str, int | None] = {}
        count_spans: dict[str, Span] = {}
        mine = [m for m in counts if in_window(m.start)]
        if c.statistic is None:
            count_values = dict(aggregate_counts(mine, gtd_style=True))
            for m in mine:
                if count_values.get(m.slot) is not None and m.slot not in count_spans:
                    sent = ann.sentence_at(m.start)
                    if sent is not None:
                        count_spans[m.slot] = Span(sent.start, sent.end)
        counts_obj = Counts.from_dict(count_values)
        statistic = None
        if c.statistic is not None:
            statistic, counts_obj = self._statistic(ann, c, date, actor_list, counts_obj)
        attack_type = weapon = target = None
        suicide = None
        if c.event_type == "attack":
            attack_type = gtd.attack_type(window)
            weapon = gtd.weapon_type(window, attack_type)
            target = gtd.target_type(window, c.trigger[0] - spans[0][0])
            suicide = gtd.is_suicide(window)
        evidence = tuple(Evidence(text[a:b], a, b) for a, b in spans)
        confidence = self._confidence(c, locations, date, actor_list, window)
        rid = record_id(art.id, "statistic" if statistic else "event", c.event_type, c.trigger[0])
        rec = Record(
            id=rid,
            record_type="statistic" if statistic else "event",
            article_id=art.id,
            event_type=c.event_type,
            attack_type=attack_type,
            weapon_type=weapon,
            target_type=target,
            suicide=suicide,
            date=date,
            locations=tuple(locations),
            actors=tuple(actor_list),
            counts=counts_obj,
            statistic=statistic,
            evidence=evidence,
            confidence=confidence,
            summary="",
            provenance=Provenance(
                trigger=Span(*c.trigger),
                date=date_span,
                locations=tuple(loc_spans),
                actors=tuple(actor_spans),
                counts=count_spans,
            ),
        )
        return _with_summary(rec)

    def _date(
        self, ann: AnnotatedArticle, c: Candidate, dates: list[DateMention], anchor: dt.date | None
    ) -> tuple[DateInterval, Span | None]:
        spans = [(s.start, s.end) for s in c.sentences]
        if c.statistic is not None and c.stat_sentence is not None:
            s = c.stat_sentence
            inside = [m for m in dates if s.start <= m.start < s.end]
            ranged = [m for m in inside if m.kind in {"range", "since", "until"}] or inside
            if ranged:
                m = ranged[0]
                return m.interval, Span(s.start, s.end)
        for a, b in spans:
            inside = [m for m in dates if a <= m.start < b and m.interval.start]
            if inside:
                m = min(inside, key=lambda m: (abs(m.start - c.trigger[0]), m.start))
                return m.interval, Span(a, b)
        first = ann.sentences[0] if ann.sentences else None
        if first is not None and c.first.start != first.start:
            lead = [m for m in dates if first.start <= m.start < first.end and m.interval.start]
            if lead and c.event_type in {"attack", "ct_operation", "arrest"}:
                return lead[0].interval, Span(first.start, first.end)
        if anchor is not None:
            # No date in the text: say so, bounded by what we know (on or before publication).
            return DateInterval(None, anchor.isoformat(), "unknown", None), None
        return DateInterval(), None

    def _actors(
        self, ann: AnnotatedArticle, c: Candidate, matches: list[ActorMatch], spans: list[tuple[int, int]]
    ) -> tuple[list[Actor], list[Span | None]]:
        text = ann.text
        out: list[Actor] = []
        out_spans: list[Span | None] = []
        seen: set[tuple[str, str]] = set()

        def add(m: ActorMatch, role: str, sent: Sentence | None) -> None:
            key = (m.entry.name, role)
            if key in seen:
                return
            seen.add(key)
            cc = m.entry.country_codes[0] if m.entry.country_codes and m.entry.kind != "armed_group" else None
            out.append(Actor(m.entry.name, m.mention, m.entry.kind, role, cc))
            out_spans.append(Span(sent.start, sent.end) if sent else None)

        in_window = [m for m in matches if any(a <= m.start < b for a, b in spans)]
        for m in in_window:
            sent = ann.sentence_at(m.start)
            st = text[sent.start : sent.end] if sent else ""
            before = text[max(sent.start if sent else 0, m.start - 60) : m.start]
            if m.entry.kind == "armed_group":
                if c.event_type in {"attack", "threat"}:
                    role = "perpetrator"
                    if re.search(
                        r"\b(?:against|targeting|on|killing|killed)\s+(?:\w+\s+){0,3}$", before, re.I
                    ) and not CLAIM.search(st):
                        role = "target"
                elif c.event_type == "ct_operation":
                    role = "target"
                else:
                    role = "affiliation"
                add(m, role, sent)
            else:
                if re.search(
                    r"\b(?:according to|said|told|quoted|reported)\b", text[m.end : m.end + 25], re.I
                ) or re.search(r"\baccording to\s*(?:the\s+)?$", before, re.I):
                    role = "source"
                elif c.event_type == "attack":
                    role = "target" if m.entry.kind in {"police", "military", "security_agency"} else "source"
                else:
                    role = "agent"
                add(m, role, sent)
        if c.event_type == "attack" and not any(a.role == "perpetrator" for a in out):
            # Claims and attributions anywhere in the article name the perpetrator.
            for m in matches:
                if m.entry.kind != "armed_group":
                    continue
                sent = ann.sentence_at(m.start)
                st = text[sent.start : sent.end] if sent else ""
                if CLAIM.search(st) and not NO_CLAIM.search(
                    st[: max(0, m.start - (sent.start if sent else 0))]
                ):
                    add(m, "perpetrator", sent)
        if c.event_type in CT_TYPES and not any(a.role == "agent" for a in out):
            # A passive sentence ("four suspects were arrested") keeps its record; the agent is
            # implied by the agency the article names, where it names one.
            for m in matches:
                if m.entry.kind in {"police", "security_agency", "judiciary", "military", "government"}:
                    add(m, "agent", ann.sentence_at(m.start))
                    break
        return out, out_spans

    def _statistic(
        self, ann: AnnotatedArticle, c: Candidate, date: DateInterval, actors: list[Actor], counts: Counts
    ) -> tuple[Statistic, Counts]:
        assert c.statistic is not None
        from veille.extract.counts import parse_number

        sm = c.statistic
        value_text = re.sub(r"^a total of\s+", "", sm.value_text, flags=re.I)
        value = parse_number(value_text)
        reported_by = next((a.name for a in actors if a.role in {"source", "agent"}), None)
        if reported_by is None:
            st = ann.text[c.stat_sentence.start : c.stat_sentence.end] if c.stat_sentence else ""
            m = re.search(
                r"\b(?:the )?((?:\w+ )?(?:ministry|ministry of \w+|government|police|prosecutor'?s? office|"
                r"report|authorities|parliament))\b",
                st,
                re.I,
            )
            reported_by = m.group(1) if m else None
        stat = Statistic(
            sm.metric, float(value if value is not None else 0), date.start, date.end, reported_by
        )
        if sm.slot and value is not None:
            counts = Counts.from_dict({sm.slot: value})
        return stat, counts

    @staticmethod
    def _confidence(
        c: Candidate, locations: list[Location], date: DateInterval, actors: list[Actor], window: str
    ) -> float:
        score = 0.35 + 0.3 * c.strength
        if STRONG_CONTEXT.search(window):
            score += 0.1
        if any(loc.precision in {"city", "point", "admin1"} for loc in locations):
            score += 0.08
        elif locations:
            score += 0.04
        if date.precision != "unknown":
            score += 0.05
        if actors:
            score += 0.05
        return round(min(score, 0.98), 3)


def _with_summary(rec: Record) -> Record:
    from dataclasses import replace

    parts = [TYPE_LABEL.get(rec.event_type, rec.event_type)]
    if rec.record_type == "statistic" and rec.statistic:
        s = rec.statistic
        period = f"{s.period_start or '?'} to {s.period_end or '?'}"
        by = f" ({s.reported_by})" if s.reported_by else ""
        return replace(
            rec,
            summary=f"Official figure: {s.metric.replace('_', ' ')} = {s.to_dict()['value']}, {period}{by}",
        )
    loc = next((x for x in rec.locations if x.role == "event"), None)
    if loc:
        parts.append(
            f"in {loc.name}"
            + (f", {loc.country_code}" if loc.country_code and loc.precision != "country" else "")
        )
    if rec.date.start:
        parts.append(
            f"on {rec.date.start}" if rec.date.precision == "day" else f"({rec.date.start} to {rec.date.end})"
        )
    figures = [f"{v} {k}" for k, v in rec.counts.to_dict().items() if v]
    if figures:
        parts.append("- " + ", ".join(figures))
    perp = [a.name for a in rec.actors if a.role == "perpetrator"]
    if perp:
        parts.append("- by " + ", ".join(perp))
    return replace(rec, summary=" ".join(parts))
