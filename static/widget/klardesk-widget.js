/* Klardesk chat widget. Embed: <script src=".../static/widget/klardesk-widget.js" data-widget-key="wk_..." defer></script>
   Protocol: docs/widget-protocol.md. No third-party code, nothing loaded from elsewhere. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-widget-key]");
  var key = script.getAttribute("data-widget-key");
  var base = new URL(script.src, location.href);
  var lang = (script.getAttribute("data-lang") || document.documentElement.lang || "de").slice(0, 2);
  var T = {
    de: {title: "Kundenservice", placeholder: "Ihre Nachricht …", send: "Senden", sources: "Quellen",
         offline: "Verbindung getrennt – neuer Versuch …", agent: "Mitarbeiter/in", you: "Sie",
         yes: "Ja, senden", no: "Nein, lieber ein Mensch", privacy: "Datenschutz: Ihre Rechte"},
    en: {title: "Customer service", placeholder: "Your message …", send: "Send", sources: "Sources",
         offline: "Disconnected – retrying …", agent: "Agent", you: "You",
         yes: "Yes, send it", no: "No, a person please", privacy: "Privacy: your rights"}
  }[lang === "en" ? "en" : "de"];
  var storeKey = "klardesk:" + key;
  var ws, pending = {}, current = null, retry = 0;

  var root = document.createElement("section");
  root.className = "klardesk-chat";
  root.setAttribute("aria-label", T.title);
  root.innerHTML = '<style>.klardesk-chat{position:fixed;right:16px;bottom:16px;width:340px;max-height:70vh;display:flex;' +
    'flex-direction:column;font:14px/1.4 system-ui,sans-serif;background:#fff;border:1px solid #ccd;border-radius:10px;' +
    'box-shadow:0 4px 20px rgba(0,0,0,.15);z-index:2147483000}.klardesk-chat header{padding:8px 12px;background:#1f4e79;' +
    'color:#fff;border-radius:10px 10px 0 0;font-weight:600}.klardesk-chat .kd-disclosure{font-size:12px;color:#555;' +
    'padding:6px 12px;background:#f3f6fa}.klardesk-chat ol{list-style:none;margin:0;padding:8px 12px;overflow-y:auto;flex:1}' +
    '.klardesk-chat li{margin:6px 0;padding:6px 9px;border-radius:8px;white-space:pre-wrap}.klardesk-chat li.customer{' +
    'background:#e6effa;margin-left:40px}.klardesk-chat li.ai,.klardesk-chat li.agent,.klardesk-chat li.system{' +
    'background:#f1f1f1;margin-right:40px}.klardesk-chat li.system{font-style:italic}.klardesk-chat .kd-sources{' +
    'font-size:12px;color:#555}.klardesk-chat form{display:flex;gap:6px;padding:8px}.klardesk-chat textarea{flex:1;' +
    'resize:none;font:inherit}.klardesk-chat .kd-error{color:#a00;font-size:12px;padding:0 12px}' +
    '.klardesk-chat .kd-privacy{font-size:11px;color:#555;padding:0 12px 8px}</style>' +
    '<header></header><div class="kd-disclosure" role="note"></div><ol aria-live="polite"></ol>' +
    '<div class="kd-error" role="alert"></div><form><textarea rows="2" maxlength="4000"></textarea>' +
    '<button type="submit"></button></form><a class="kd-privacy" target="_blank" rel="noopener"></a>';
  root.querySelector("header").textContent = T.title;
  var list = root.querySelector("ol"), input = root.querySelector("textarea"), errorBox = root.querySelector(".kd-error");
  input.placeholder = T.placeholder;
  root.querySelector("button").textContent = T.send;
  document.body.appendChild(root);

  function add(role, text) {
    var li = document.createElement("li");
    li.className = role;
    li.textContent = text;
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
    return li;
  }

  // The sources of an answer (live or from the history) that its text does not name already, as links.
  function showSources(li, text, sources) {
    var unnamed = (sources || []).filter(function (s) { return text.indexOf(s.title) < 0; });
    if (!unnamed.length) { return; }
    var p = document.createElement("div");
    p.className = "kd-sources";
    p.textContent = T.sources + ": ";
    unnamed.forEach(function (s, i) {
      var link = document.createElement(s.url ? "a" : "span");
      if (s.url) { link.href = s.url; link.target = "_blank"; link.rel = "noopener"; }
      link.textContent = s.title;
      p.appendChild(document.createTextNode(i ? ", " : ""));
      p.appendChild(link);
    });
    li.appendChild(p);
  }

  function connect() {
    var url = (base.protocol === "https:" ? "wss://" : "ws://") + base.host + "/ws/chat/" + encodeURIComponent(key) +
      "/?lang=" + lang + "&conversation=" + encodeURIComponent(localStorage.getItem(storeKey) || "");
    ws = new WebSocket(url);
    ws.onopen = function () { retry = 0; errorBox.textContent = ""; };
    ws.onmessage = function (event) { handle(JSON.parse(event.data)); };
    ws.onclose = function (event) {
      if (event.code >= 4400 && event.code < 4500) { errorBox.textContent = "Chat unavailable (" + event.code + ")"; return; }
      errorBox.textContent = T.offline;
      setTimeout(connect, Math.min(1000 * Math.pow(2, retry++), 15000));
    };
  }

  function handle(frame) {
    if (frame.type === "hello") {
      localStorage.setItem(storeKey, frame.conversation);
      root.querySelector(".kd-disclosure").textContent = frame.ai_disclosure;
      var privacy = root.querySelector(".kd-privacy");
      // Klardesk's own request page takes the conversation token, so the chat counts as proof of identity;
      // a tenant's own page elsewhere never receives it.
      privacy.href = frame.privacy_url + (frame.privacy_takes_token ?
        "?lang=" + lang + "&conversation=" + encodeURIComponent(frame.conversation) : "");
      privacy.textContent = T.privacy;
      if (!list.children.length) {
        frame.history.forEach(function (m) { showSources(add(m.role, m.text), m.text, m.sources); });
      }
    } else if (frame.type === "ack") {
      delete pending[frame.client_id];
    } else if (frame.type === "delta") {
      if (!current) { current = add("ai", ""); }
      current.textContent += frame.text;
    } else if (frame.type === "answer") {
      if (!current) { current = add("ai", ""); }
      current.textContent = frame.text;
      showSources(current, frame.text, frame.sources);
      current = null;
    } else if (frame.type === "handoff") {
      if (current) { current.remove(); current = null; }
      add("system", frame.text);
    } else if (frame.type === "consent_request") {
      askConsent(frame);
    } else if (frame.type === "agent") {
      add("agent", frame.text);
    } else if (frame.type === "error") {
      errorBox.textContent = frame.error.message;
    }
  }

  function askConsent(frame) {
    var li = add("system", frame.text);
    li.className = "system kd-consent";
    [[T.yes, true], [T.no, false]].forEach(function (choice) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = choice[0];
      button.addEventListener("click", function () {
        ws.send(JSON.stringify({type: "consent", purpose: frame.purpose, message_id: frame.message_id,
                                granted: choice[1], client_id: frame.client_id}));
        li.querySelectorAll("button").forEach(function (b) { b.remove(); });
      });
      li.appendChild(button);
    });
  }

  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || !ws || ws.readyState !== 1) { return; }
    var id = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    pending[id] = text;
    add("customer", text);
    ws.send(JSON.stringify({type: "message", text: text, client_id: id}));
    input.value = "";
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); root.querySelector("form").requestSubmit(); }
  });
  connect();
})();
