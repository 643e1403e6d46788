// Renders /openapi.json as a readable list of endpoints, with no outside assets.
"use strict";
(function () {
  var box = document.getElementById("api-docs");
  if (!box) return;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  fetch(box.getAttribute("data-spec"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (spec) {
      box.textContent = "";
      box.appendChild(el("p", spec.info.title + " " + spec.info.version));
      box.appendChild(el("pre", spec.info.description || ""));
      Object.keys(spec.paths).sort().forEach(function (path) {
        var ops = spec.paths[path];
        Object.keys(ops).forEach(function (method) {
          var op = ops[method];
          var d = el("div", null, "endpoint");
          d.appendChild(el("span", method.toUpperCase(), "method"));
          d.appendChild(el("code", path));
          d.appendChild(el("p", op.summary || ""));
          var params = (op.parameters || []).map(function (p) {
            return p.name + " (" + p["in"] + (p.required ? ", required" : "") + ")" +
              (p.description ? ": " + p.description : "");
          });
          if (params.length) {
            var ul = el("ul");
            params.forEach(function (t) { ul.appendChild(el("li", t)); });
            d.appendChild(ul);
          }
          if (op.requestBody) {
            var ref = JSON.stringify(op.requestBody.content["application/json"].schema);
            d.appendChild(el("p", "Body: " + ref.replace(/.*\/schemas\//, "").replace(/"}$/, "")));
          }
          box.appendChild(d);
        });
      });
      var schemas = (spec.components || {}).schemas || {};
      box.appendChild(el("h2", "Schemas"));
      Object.keys(schemas).sort().forEach(function (name) {
        var d = el("div", null, "endpoint");
        d.appendChild(el("code", name));
        d.appendChild(el("pre", JSON.stringify(schemas[name].properties || schemas[name], null, 1)));
        box.appendChild(d);
      });
    })
    .catch(function (err) { box.textContent = "Could not load /openapi.json: " + err; });
})();
