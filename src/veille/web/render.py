"""HTML rendering: Jinja2 with autoescape on for everything (article text is untrusted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

HERE = Path(__file__).parent


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["tojson_text"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
    env.filters["fmt"] = _fmt
    return env


def _fmt(value: Any) -> str:
    """A field value as a short line of text."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict):
        if "precision" in value and ("start" in value or "end" in value):
            s, e = value.get("start"), value.get("end")
            when = s if s == e or not e else f"{s or '?'} to {e}"
            return f"{when or 'unknown'} ({value.get('precision')})"
        if "name" in value:
            parts = [value.get("name"), value.get("admin1"), value.get("country_code")]
            return ", ".join(str(p) for p in parts if p)
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    principal = getattr(request.state, "principal", None)
    env: Environment = request.app.state.templates
    html = env.get_template(name).render(
        request=request,
        me=principal.user if principal else None,
        csrf=principal.csrf if principal else "",
        path=request.url.path,
        **ctx,
    )
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, code=code, message=message)
