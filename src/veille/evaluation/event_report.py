"""The event report: relevance, per-field and per-source-label scores (``to_dict``, text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veille.records import COUNT_SLOTS

from .tally import ErrorTally
from .text import f1_from_counts, mean, median, ratio, round_km

FIELDS: tuple[str, ...] = (
    "event_type",
    "attack_type",
    "weapon_type",
    "target_type",
    "suicide",
    "country_code",
    "admin1",
    "city",
    "coordinates",
    "date",
    "date_exact_day",
    "perpetrators",
    *(f"{slot}{suffix}" for slot in COUNT_SLOTS for suffix in ("", "_within_20pct")),
    "statistic_value",
    "statistic_period",
)


@dataclass
class FieldScore:
    """Counts for one field: over all scored gold items and over matched ones."""

    n: int = 0
    correct: int = 0
    n_matched: int = 0
    correct_matched: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, ok: bool, matched: bool) -> None:
        self.n += 1
        self.correct += ok
        if matched:
            self.n_matched += 1
            self.correct_matched += ok

    @property
    def acc(self) -> float | None:
        return ratio(self.correct, self.n)

    @property
    def acc_matched(self) -> float | None:
        return ratio(self.correct_matched, self.n_matched)

    def to_dict(self, with_km: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "n": self.n,
            "correct": self.correct,
            "acc": self.acc,
            "n_matched": self.n_matched,
            "acc_matched": self.acc_matched,
        }
        if with_km:
            d["n_km"] = len(self.errors_km)
            d["mean_km"] = round_km(mean(self.errors_km))
            d["median_km"] = round_km(median(self.errors_km))
        return d


@dataclass
class LabelScore:
    articles: int = 0
    fired: int = 0
    event_type: FieldScore = field(default_factory=FieldScore)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "fired": self.fired,
            "firing_rate": ratio(self.fired, self.articles),
            "event_type_n": self.event_type.n,
            "event_type_acc": self.event_type.acc,
        }


@dataclass
class EventReport:
    """Relevance, matching and per-field scores of records against event gold."""

    articles: int = 0
    gold_articles: int = 0
    records: int = 0
    relevance_scored: int = 0
    relevance_optional: int = 0
    relevant: int = 0
    irrelevant: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    records_on_relevant: int = 0
    records_on_irrelevant: int = 0
    unmatched_on_relevant: int = 0
    gold_items: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    matched: int = 0
    matched_optional: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    by_label: dict[str, LabelScore] = field(default_factory=dict)
    errors: ErrorTally = field(default_factory=ErrorTally)

    def relevance_dict(self) -> dict[str, Any]:
        return {
            "articles": self.relevance_scored,
            "optional": self.relevance_optional,
            "relevant": self.relevant,
            "irrelevant": self.irrelevant,
            "fired": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": ratio(self.tp, self.tp + self.fp),
            "recall": ratio(self.tp, self.tp + self.fn),
            "f1": f1_from_counts(self.tp, self.fp, self.fn),
            "false_alarm_rate": ratio(self.fp, self.irrelevant),
            "records_per_relevant_article": ratio(self.records_on_relevant, self.relevant),
            "records_per_irrelevant_article": ratio(self.records_on_irrelevant, self.irrelevant),
            "unmatched_records_on_relevant": self.unmatched_on_relevant,
            "unmatched_records_per_relevant_article": ratio(self.unmatched_on_relevant, self.relevant),
        }

    def metrics(self) -> dict[str, float | int | None]:
        """Flat metric keys, as used by ``check_minimums``."""
        rel = self.relevance_dict()
        out: dict[str, float | int | None] = {
            "relevance_precision": rel["precision"],
            "relevance_recall": rel["recall"],
            "relevance_f1": rel["f1"],
            "false_alarm_rate": rel["false_alarm_rate"],
            "records_per_relevant_article": rel["records_per_relevant_article"],
            "records_per_irrelevant_article": rel["records_per_irrelevant_article"],
            "unmatched_records_on_relevant": rel["unmatched_records_on_relevant"],
            "match_rate": ratio(self.matched - self.matched_optional, self.gold_required),
            "errors": self.errors.total,
        }
        for name, fs in self.fields.items():
            out[name] = fs.acc
            out[f"{name}|matched"] = fs.acc_matched
        coords = self.fields["coordinates"]
        out["coordinates_mean_km"] = round_km(mean(coords.errors_km))
        out["coordinates_median_km"] = round_km(median(coords.errors_km))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "events",
            "counts": {
                "articles": self.articles,
                "gold_articles": self.gold_articles,
                "records": self.records,
                "gold_items": self.gold_items,
                "gold_required": self.gold_required,
                "gold_optional": self.gold_optional,
                "matched": self.matched,
                "matched_optional": self.matched_optional,
            },
            "relevance": self.relevance_dict(),
            "fields": {name: fs.to_dict(with_km=name == "coordinates") for name, fs in self.fields.items()},
            "by_source_label": {k: v.to_dict() for k, v in sorted(self.by_label.items())},
            "errors": self.errors.to_dict(),
            "metrics": self.metrics(),
        }

    def format_text(self) -> str:
        rel = self.relevance_dict()
        lines = [
            f"Relevance  articles {rel['articles']} (relevant {rel['relevant']}, irrelevant "
            f"{rel['irrelevant']}; {rel['optional']} not scored)",
            f"  fired {rel['fired']}  precision {_fmt(rel['precision'])}  recall "
            f"{_fmt(rel['recall'])}  F1 {_fmt(rel['f1'])}  false alarms "
            f"{_fmt(rel['false_alarm_rate'])}",
            f"  records per relevant article {_fmt(rel['records_per_relevant_article'])}  "
            f"per irrelevant article {_fmt(rel['records_per_irrelevant_article'])}  "
            f"unmatched on relevant {rel['unmatched_records_on_relevant']}",
            "",
            f"Events  gold {self.gold_items} (required {self.gold_required}, optional "
            f"{self.gold_optional})  matched {self.matched} (optional {self.matched_optional})"
            f"  records {self.records}",
            f"  {'field':<26}{'n':>7}{'acc':>9}{'acc|matched':>13}",
        ]
        for name, fs in self.fields.items():
            if fs.n:
                lines.append(f"  {name:<26}{fs.n:>7}{_fmt(fs.acc):>9}{_fmt(fs.acc_matched):>13}")
        coords = self.fields["coordinates"]
        if coords.errors_km:
            lines.append(
                f"  coordinates error km: mean {_fmt(round_km(mean(coords.errors_km)))}  "
                f"median {_fmt(round_km(median(coords.errors_km)))} "
                f"(n {len(coords.errors_km)})"
            )
        if self.by_label:
            lines += ["", *self._label_lines()]
        lines += ["", self.errors.format_text()]
        return "\n".join(lines)

    def _label_lines(self, limit: int = 30, width: int = 48) -> list[str]:
        """The per-label table, most frequent labels first, long labels shortened."""
        ranked = sorted(self.by_label.items(), key=lambda kv: (-kv[1].articles, kv[0]))
        lines = [
            f"  {'source label':<{width}}{'articles':>9}{'fired':>7}{'firing':>8}"
            f"{'type n':>8}{'type acc':>10}"
        ]
        for label, ls in ranked[:limit]:
            d = ls.to_dict()
            short = label if len(label) <= width - 2 else label[: width - 5] + "..."
            lines.append(
                f"  {short:<{width}}{d['articles']:>9}{d['fired']:>7}"
                f"{_fmt(d['firing_rate']):>8}{d['event_type_n']:>8}"
                f"{_fmt(d['event_type_acc']):>10}"
            )
        if len(ranked) > limit:
            rest = sum(ls.articles for _, ls in ranked[limit:])
            lines.append(f"  ... {len(ranked) - limit} more labels ({rest} articles)")
        return lines


def _fmt(value: float | int | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3f}"
