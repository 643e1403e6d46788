// veille pages: review actions over the JSON API (with the session's CSRF token) and keyboard
// shortcuts for the review queue. No inline script anywhere: the CSP forbids it.
"use strict";
(function () {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var msg = document.getElementById("queue-message");

  function say(text, bad) {
    if (!msg) { if (bad) window.alert(text); return; }
    msg.textContent = text;
    msg.className = "message" + (bad ? " bad" : "");
  }

  function call(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) throw new Error((data.error && data.error.message) || ("HTTP " + r.status));
        return data;
      });
    });
  }

  function done(text) { say(text); window.setTimeout(function () { window.location.reload(); }, 250); }
  function fail(err) { say(err.message, true); }

  function valueOf(row) {
    var input = row.querySelector(".input");
    var raw = input.value.trim();
    var kind = input.getAttribute("data-kind");
    if (raw === "") return null;
    if (kind === "int") return parseInt(raw, 10);
    if (kind === "bool") return raw === "true";
    if (kind === "location") {
      var parts = raw.split(",");
      var cc = parts.length > 1 ? parts.pop().trim() : "";
      return { name: parts.join(",").trim(), country_code: cc || null };
    }
    return raw;
  }

  function fieldAction(row, act) {
    var card = row.closest("[data-event]");
    var id = card.getAttribute("data-event");
    var field = row.getAttribute("data-field");
    if (act === "correct") {
      var fields = {};
      fields[field] = valueOf(row);
      return call("PATCH", "/api/events/" + encodeURIComponent(id), { fields: fields })
        .then(function () { done(field + " corrected"); }, fail);
    }
    return call("POST", "/api/events/" + encodeURIComponent(id) + "/" + act, { field: field })
      .then(function () { done(field + " " + act + "ed"); }, fail);
  }

  function decide(card, act) {
    var id = card.getAttribute("data-event");
    return call("POST", "/api/events/" + encodeURIComponent(id) + "/" + act, {})
      .then(function () { done("event " + act + "ed"); }, fail);
  }

  function merge() {
    var ids = Array.prototype.map.call(document.querySelectorAll(".merge-mark:checked"), function (b) {
      return b.closest("[data-event]").getAttribute("data-event");
    });
    if (ids.length < 2) { say("mark at least two events with m to merge them", true); return; }
    call("POST", "/api/events/merge", { event_ids: ids }).then(function () { done("merged"); }, fail);
  }

  function split(card) {
    var ids = Array.prototype.map.call(card.querySelectorAll(".split-record:checked"), function (b) { return b.value; });
    if (!ids.length) { say("check the records to split out", true); return; }
    var id = card.getAttribute("data-event");
    call("POST", "/api/events/" + encodeURIComponent(id) + "/split", { record_ids: ids })
      .then(function () { done("split"); }, fail);
  }

  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof HTMLElement)) return;
    if (t.hasAttribute("data-act")) fieldAction(t.closest("tr"), t.getAttribute("data-act"));
    else if (t.hasAttribute("data-decide")) decide(t.closest("[data-event]"), t.getAttribute("data-decide"));
    else if (t.hasAttribute("data-split")) split(t.closest("[data-event]"));
    else if (t.hasAttribute("data-revert")) {
      call("POST", "/api/edits/" + t.getAttribute("data-revert") + "/revert").then(function () { done("reverted"); }, fail);
    }
  });

  // -- review queue keyboard ------------------------------------------------------------------
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card[data-event]"));
  if (!cards.length) return;
  var cur = 0;
  function select(i) {
    if (i < 0 || i >= cards.length) return;
    cards[cur].classList.remove("current");
    cur = i;
    cards[cur].classList.add("current");
    cards[cur].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var inField = t instanceof HTMLElement && t.classList.contains("input");
    if (inField) {
      var row = t.closest("tr");
      if (e.key === "Enter") { e.preventDefault(); fieldAction(row, "correct"); }
      else if (e.altKey && e.key === "a") { e.preventDefault(); fieldAction(row, "accept"); }
      else if (e.altKey && e.key === "r") { e.preventDefault(); fieldAction(row, "reject"); }
      else if (e.key === "Escape") { t.blur(); }
      return;
    }
    if (t instanceof HTMLElement && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var card = cards[cur];
    switch (e.key) {
      case "j": select(cur + 1); break;
      case "k": select(cur - 1); break;
      case "a": decide(card, "accept"); break;
      case "x": decide(card, "reject"); break;
      case "e": var first = card.querySelector(".input"); if (first) { e.preventDefault(); first.focus(); } break;
      case "m": var box = card.querySelector(".merge-mark"); box.checked = !box.checked; break;
      case "M": merge(); break;
      case "s": split(card); break;
      case "o": window.location.href = card.querySelector("a.open").getAttribute("href"); break;
      default: return;
    }
  });
})();
