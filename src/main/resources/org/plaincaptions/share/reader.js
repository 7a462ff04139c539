// The reader page (docs/reader-events.md). One event stream, read-only apart from the signals; the same
// file works from the laptop and from an edge server that relays the same events (config.json says where).
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const STORE = 'plain-captions-reader';
  const DEFAULTS = { size: '24', theme: 'dark', font: 'sans', spacing: '1.5', mode: 'plain',
    marks: true, announce: true, awake: true };
  const room = new URLSearchParams(location.search).get('room');
  const log = $('log');
  const partialEl = $('partial');
  const main = $('captions');
  const finals = new Map(); // "session id" -> {session, id, plain, raw, changes, el}
  let sessionOrder = []; // sessions in the order first seen
  let partial = null; // the newest partial caption, until its final comes
  let following = true;
  let lastState = null;
  let streamUrl = '/events';
  let signalUrl = '/signal';
  let source = null;
  let wakeLock = null;

  // ---- settings, kept on this device
  function loadSettings() {
    try {
      return Object.assign({}, DEFAULTS, JSON.parse(localStorage.getItem(STORE) || '{}'));
    } catch (e) {
      return Object.assign({}, DEFAULTS);
    }
  }
  let settings = loadSettings();
  function saveSettings() {
    try { localStorage.setItem(STORE, JSON.stringify(settings)); } catch (e) { /* private mode: not kept */ }
  }
  function applySettings() {
    const body = document.body;
    body.className = body.className.split(' ').filter((c) => !/^(theme|font|mode|marks)-/.test(c)).join(' ');
    body.classList.add('theme-' + settings.theme, 'font-' + settings.font, 'mode-' + settings.mode);
    if (!settings.marks) body.classList.add('marks-off');
    document.documentElement.style.setProperty('--size', settings.size + 'px');
    document.documentElement.style.setProperty('--spacing', settings.spacing);
    log.setAttribute('aria-live', settings.announce ? 'polite' : 'off');
    for (const key of ['size', 'theme', 'font', 'spacing', 'mode']) $(key).value = settings[key];
    for (const key of ['marks', 'announce', 'awake']) $(key).checked = settings[key];
    keepAwake();
  }
  for (const key of ['size', 'theme', 'font', 'spacing', 'mode']) {
    $(key).addEventListener('change', () => { settings[key] = $(key).value; saveSettings(); applySettings(); stickToLive(); });
  }
  for (const key of ['marks', 'announce', 'awake']) {
    $(key).addEventListener('change', () => { settings[key] = $(key).checked; saveSettings(); applySettings(); });
  }
  function openSettings(open) {
    $('settings').hidden = !open;
    $('settings-button').setAttribute('aria-expanded', String(open));
    (open ? $('size') : $('settings-button')).focus();
  }
  $('settings-button').addEventListener('click', () => openSettings($('settings').hidden));
  $('settings-done').addEventListener('click', () => openSettings(false));

  // ---- keeping the screen on, where the browser allows it (it needs https or localhost)
  async function keepAwake() {
    const note = $('awake-note');
    if (!settings.awake) {
      if (wakeLock) { wakeLock.release().catch(() => {}); wakeLock = null; }
      note.textContent = '';
      return;
    }
    if (!('wakeLock' in navigator)) {
      note.textContent = 'This browser cannot keep the screen on from this page: change the phone\u2019s screen timeout if it goes dark.';
      return;
    }
    if (wakeLock || document.visibilityState !== 'visible') return;
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => { wakeLock = null; });
      note.textContent = 'The screen stays on while this page is open.';
    } catch (e) {
      note.textContent = 'The screen could not be kept on: change the phone\u2019s screen timeout if it goes dark.';
    }
  }
  document.addEventListener('visibilitychange', keepAwake);

  // ---- showing captions
  // Finished captions' changed words are buttons; the partial's are not (it is hidden from screen readers).
  function render(caption, el, interactive) {
    el.textContent = '';
    const plain = document.createElement('span');
    plain.className = 'line plain-text';
    let at = 0;
    const changes = (caption.changes || []).slice().sort((a, b) => a.start - b.start);
    for (const change of changes) {
      if (change.start < at || change.end > caption.plain.length) continue;
      plain.append(caption.plain.slice(at, change.start));
      if (change.end > change.start) {
        const mark = document.createElement(interactive ? 'button' : 'span');
        if (interactive) mark.type = 'button';
        mark.className = 'change';
        mark.textContent = caption.plain.slice(change.start, change.end);
        mark.dataset.said = change.original;
        mark.dataset.note = change.note || '';
        plain.append(mark);
      }
      at = change.end;
    }
    plain.append(caption.plain.slice(at));
    const said = document.createElement('span');
    said.className = 'line said';
    said.textContent = caption.raw;
    el.append(plain, said);
  }

  function key(c) { return c.session + '\u0000' + c.id; }

  function showCaption(c) {
    if (typeof c.id !== 'number' || typeof c.session !== 'string') return;
    if (!c.final) {
      if (finals.has(key(c))) return; // its final is here already: an old partial
      if (partial && partial.session === c.session && partial.id > c.id) return;
      if (partial && partial.session === c.session && partial.id === c.id && partial.plain === c.plain
          && partial.raw === c.raw) return;
      partial = c;
      render(c, partialEl, false);
      afterChange();
      return;
    }
    if (finals.has(key(c))) return; // sent again after a reconnect
    if (partial && partial.session === c.session && partial.id <= c.id) {
      partial = null;
      partialEl.textContent = '';
    }
    if (!c.plain && !c.raw) { afterChange(); return; }
    if (!sessionOrder.includes(c.session)) {
      if (sessionOrder.length > 0) {
        const divider = document.createElement('p');
        divider.className = 'session-start';
        divider.dataset.session = c.session;
        divider.textContent = 'A new session started.';
        log.append(divider);
      }
      sessionOrder.push(c.session);
    }
    const el = document.createElement('p');
    el.className = 'caption final';
    el.dataset.session = c.session;
    el.dataset.id = String(c.id);
    render(c, el, true);
    c.el = el;
    finals.set(key(c), c);
    // In order of the caption numbers within the session, whatever order the events came in.
    let before = null;
    for (let n = log.lastElementChild; n; n = n.previousElementSibling) {
      if (n.dataset.session !== c.session || n.classList.contains('session-start')) break;
      if (Number(n.dataset.id) > c.id) before = n; else break;
    }
    log.insertBefore(el, before);
    $('empty').hidden = true;
    afterChange();
  }

  // ---- scrolling: new captions never pull a reader who scrolled back; "Jump to live" does
  function atBottom() { return main.scrollHeight - main.scrollTop - main.clientHeight < 40; }
  function stickToLive() { if (following) main.scrollTop = main.scrollHeight; }
  function afterChange() {
    stickToLive();
    $('jump').hidden = following;
  }
  main.addEventListener('scroll', () => {
    following = atBottom();
    $('jump').hidden = following;
  });
  $('jump').addEventListener('click', () => {
    following = true;
    main.scrollTop = main.scrollHeight;
    $('jump').hidden = true;
    main.focus({ preventScroll: true });
  });

  // ---- what was really said, for a changed word
  log.addEventListener('click', showDetail);
  function showDetail(e) {
    const mark = e.target.closest('.change');
    if (!mark) return;
    $('detail-shown').textContent = mark.textContent;
    $('detail-said').textContent = mark.dataset.said || '(nothing: words were added)';
    $('detail-note').textContent = mark.dataset.note;
    $('detail').hidden = false;
    $('detail-close').focus();
    $('detail').returnTo = mark;
  }
  $('detail-close').addEventListener('click', () => {
    $('detail').hidden = true;
    if ($('detail').returnTo) $('detail').returnTo.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('detail').hidden) $('detail-close').click();
  });

  // ---- connection state, said honestly
  function setConnection(text) { $('connection').textContent = text; }
  function showStatus(s) {
    lastState = s.state;
    setConnection(s.text || s.state);
  }

  function withRoom(url) {
    if (!url || !room) return url;
    return url + (url.includes('?') ? '&' : '?') + 'room=' + encodeURIComponent(room);
  }

  function connect() {
    source = new EventSource(withRoom(streamUrl));
    source.onopen = () => { if (!lastState) setConnection('Connected'); };
    source.onmessage = (e) => {
      let event;
      try { event = JSON.parse(e.data); } catch (err) { return; }
      if (event.type === 'caption') showCaption(event);
      else if (event.type === 'status') showStatus(event);
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        explainClosed();
      } else {
        setConnection(lastState === 'stopped'
          ? 'Captions are not being shared right now. This page picks them up again when they are.'
          : 'Reconnecting\u2026');
        lastState = lastState === 'stopped' ? 'stopped' : null;
      }
    };
  }

  // The browser gave up (an answer that is not a stream): say why, and try again a little later.
  async function explainClosed() {
    let text = 'Cannot reach the captions. Trying again\u2026';
    try {
      const answer = await fetch(withRoom(streamUrl), { method: 'HEAD', cache: 'no-store' });
      if (answer.status === 503) text = 'The room is full. Trying again in a moment\u2026';
      else if (answer.status === 403 || answer.status === 401) text = 'This room needs its room code: open the address on the caption screen.';
    } catch (e) { /* unreachable: said above */ }
    setConnection(text);
    lastState = null;
    setTimeout(connect, 10000);
  }

  // ---- signals to the facilitator; nothing a reader sends is shown to anyone else
  async function signal(kind) {
    const result = $('signal-result');
    try {
      const answer = await fetch(withRoom(signalUrl), { method: 'POST', cache: 'no-store',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ signal: kind }) });
      if (answer.status === 202) {
        result.textContent = 'Sent to the facilitator.';
      } else if (answer.status === 429) {
        const wait = answer.headers.get('Retry-After') || '10';
        result.textContent = 'Sent already. You can send again in ' + wait + ' s.';
      } else {
        result.textContent = 'Not sent (the facilitator\u2019s computer said no).';
      }
    } catch (e) {
      result.textContent = 'Not sent: the facilitator\u2019s computer cannot be reached.';
    }
  }
  for (const button of document.querySelectorAll('[data-signal]')) {
    button.addEventListener('click', () => signal(button.dataset.signal));
  }

  // ---- the whole session as text, from this device
  $('download').addEventListener('click', () => {
    const lines = [];
    for (const session of sessionOrder) {
      for (const c of [...finals.values()].filter((f) => f.session === session).sort((a, b) => a.id - b.id)) {
        lines.push(settings.mode === 'raw' ? c.raw : settings.mode === 'both' ? c.plain + '\n  (said: ' + c.raw + ')' : c.plain);
      }
    }
    const blob = new Blob([lines.join('\n') + '\n'], { type: 'text/plain;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'captions-' + new Date().toISOString().slice(0, 16).replace(/[T:]/g, '-') + '.txt';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });

  // ---- start: where the stream is comes from config.json beside the page (or the defaults)
  async function start() {
    applySettings();
    try {
      const answer = await fetch('config.json', { cache: 'no-store' });
      if (answer.ok) {
        const config = await answer.json();
        if (typeof config.stream === 'string' && config.stream) streamUrl = config.stream;
        signalUrl = typeof config.signal === 'string' && config.signal ? config.signal : null;
      }
    } catch (e) { /* no config: the laptop's own addresses */ }
    if (!signalUrl) {
      for (const button of document.querySelectorAll('[data-signal]')) button.disabled = true;
      $('signal-result').textContent = 'Signals to the facilitator are not available here.';
    }
    connect();
  }
  start();
})();
