// Rebound dashboard: plain ES2020, no build step, no third-party code.
// Every piece of data reaches the page through textContent or attributes set one by one:
// case remarks, customer names and Slack texts are customer input and never become markup.
'use strict';

(() => {
  const REFRESH_MS = 5000;
  const WEEKLY_REFRESH_MS = 60000;
  const TICK_MS = 1000;
  const CLOSED_SHOWN = 20;
  const OUTBOX_SHOWN = 100;

  const DEFAULT_ROOT_CAUSES = [
    'slow response', 'wrong answer', 'product bug', 'billing issue',
    'missing feature', 'documentation wrong', 'other',
  ];
  const SCORE_NAMES = { 1: 'furious', 2: 'unhappy', 3: 'neutral', 4: 'happy', 5: 'delighted' };
  const STAGE_NAMES = {
    alerted: 'Waiting for a claim',
    claimed: 'Claimed',
    followed_up: 'Followed up',
    fixing: 'Fix in progress',
    fixed: 'Fixed',
    checking_in: 'Check-in due',
    awaiting_root_cause: 'Needs a root cause',
    closed: 'Closed',
  };
  const STEPS = [
    { key: 'claim', name: 'Claim', doneField: 'claimedAt' },
    { key: 'followUp', name: 'Follow-up', doneField: 'followedUpAt' },
    { key: 'fix', name: 'Fix', doneField: 'fixedAt' },
    { key: 'checkIn', name: 'Check-in', doneField: 'checkedInAt' },
  ];
  const ESCALATION_NAMES = {
    claim_missed: 'Claim deadline missed',
    follow_up_missed: 'Follow-up deadline missed',
    fix_missed: 'Fix deadline missed',
    check_in_missed: 'Check-in deadline missed',
    rating_worsened: 'Rating worsened',
  };
  const OUTCOME_NAMES = {
    recovered: 'Recovered',
    still_unhappy: 'Still unhappy',
    no_reply: 'No reply',
    rating_changed: 'Customer changed rating',
  };
  const STORAGE_ACTOR = 'rebound.actor';
  const STORAGE_TOKEN = 'rebound.apiToken';

  const state = {
    openCases: null,
    closedCases: null,
    detailId: null,
    detailCase: null,
    detailError: null,
    rootCauses: DEFAULT_ROOT_CAUSES,
    outboxAvailable: true,
    weeklyLoadedAt: 0,
    refreshing: false,
    needsToken: false,
    rendered: new Map(),
  };

  // ---------------------------------------------------------------- small helpers

  const $ = (id) => document.getElementById(id);

  const store = {
    get(key) {
      try {
        return window.localStorage.getItem(key) || '';
      } catch {
        return '';
      }
    },
    set(key, value) {
      try {
        if (value) window.localStorage.setItem(key, value);
        else window.localStorage.removeItem(key);
      } catch {
        // Storage can be off (private windows); the value then lives until the page closes.
      }
    },
  };

  /** Builds an element; attrs are set one by one, children are nodes or plain text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on') && typeof value === 'function') {
        node.addEventListener(key.slice(2), value);
      } else if (value === true) node.setAttribute(key, '');
      else node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  function setChildren(node, ...children) {
    node.replaceChildren();
    return append(node, children);
  }

  function append(parent, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
  }

  /** Only web and mail links leave the page; anything else (javascript:, data:) is dropped. */
  function safeUrl(url) {
    if (typeof url !== 'string') return null;
    const trimmed = url.trim();
    return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
  }

  function externalLink(url, label) {
    const href = safeUrl(url);
    if (!href) return null;
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label);
  }

  function keepScroll(render) {
    const x = window.scrollX;
    const y = window.scrollY;
    const panel = $('detail');
    const panelTop = panel.scrollTop;
    render();
    panel.scrollTop = panelTop;
    if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
  }

  /** Renders only when the data changed, so focus, selection and open toggles survive. */
  function renderIfChanged(key, data, render) {
    const fingerprint = JSON.stringify(data);
    if (state.rendered.get(key) === fingerprint) return;
    state.rendered.set(key, fingerprint);
    keepScroll(render);
  }

  // ---------------------------------------------------------------- time

  const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const shortFormat = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  });
  const clockFormat = new Intl.DateTimeFormat(undefined, {
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  // Week starts are calendar dates, not instants: format them in UTC so no zone shifts the day.
  const weekFormat = new Intl.DateTimeFormat(undefined, {
    day: 'numeric', month: 'short', timeZone: 'UTC',
  });

  function parseInstant(iso) {
    if (!iso) return null;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  function timeEl(iso, { short = false } = {}) {
    const date = parseInstant(iso);
    if (!date) return el('span', { class: 'muted' }, iso ? String(iso) : '—');
    const format = short ? shortFormat : dateTimeFormat;
    return el('time', { datetime: iso, title: `${iso} (UTC)` }, format.format(date));
  }

  function span(seconds) {
    if (seconds < 60) return `${seconds} s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
    const hours = Math.floor(seconds / 3600);
    if (seconds < 10 * 3600) {
      const minutes = Math.floor((seconds % 3600) / 60);
      return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
    }
    if (seconds < 48 * 3600) return `${hours} h`;
    return `${Math.floor(seconds / 86400)} d`;
  }

  function relativeTo(iso, now = Date.now()) {
    const date = parseInstant(iso);
    if (!date) return '';
    const ms = date.getTime() - now;
    const text = span(Math.floor(Math.abs(ms) / 1000));
    return ms < 0 ? `overdue by ${text}` : `in ${text}`;
  }

  function countdownEl(iso) {
    const node = el('span', { class: 'countdown', dataset: { deadline: iso } });
    updateCountdown(node, Date.now());
    return node;
  }

  function updateCountdown(node, now) {
    const date = parseInstant(node.dataset.deadline);
    if (!date) return;
    const text = relativeTo(node.dataset.deadline, now);
    if (node.textContent !== text) node.textContent = text;
    node.classList.toggle('late', date.getTime() < now);
  }

  function tick() {
    const now = Date.now();
    for (const node of document.querySelectorAll('[data-deadline]')) updateCountdown(node, now);
  }

  // ---------------------------------------------------------------- Slack mrkdwn

  const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
  const decodeEntities = (text) => text.replace(/&(?:amp|lt|gt);/g, (m) => ENTITIES[m]);

  const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
  const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';
  // mark is written already escaped where the regex syntax needs it ('\\*'); '_' and '~' must not be.
  const wrapped = (mark, bare) => new RegExp(
    `${EDGE_BEFORE}${mark}(?=\\S)([^${bare}\\n]*?\\S)${mark}${EDGE_AFTER}`, 'gu');
  const MRKDWN_RULES = [
    { kind: 'pre', re: /```([\s\S]*?)```/g },
    { kind: 'angle', re: /<([^<>\n]+)>/g },
    { kind: 'code', re: /`([^`\n]+)`/g },
    { kind: 'strong', re: wrapped('\\*', '*') },
    { kind: 'em', re: wrapped('_', '_') },
    { kind: 's', re: wrapped('~', '~') },
  ];

  function appendPlain(parent, text) {
    decodeEntities(text).split('\n').forEach((line, index) => {
      if (index > 0) parent.append(document.createElement('br'));
      if (line) parent.append(document.createTextNode(line));
    });
  }

  function renderAngle(parent, body) {
    const bar = body.indexOf('|');
    const target = bar >= 0 ? body.slice(0, bar) : body;
    const label = bar >= 0 ? decodeEntities(body.slice(bar + 1)) : '';
    if (target.startsWith('@')) {
      parent.append(el('span', { class: 'mention', title: target.slice(1) },
        `@${label || target.slice(1)}`));
    } else if (target.startsWith('#')) {
      parent.append(el('span', { class: 'mention', title: target.slice(1) },
        `#${label || target.slice(1)}`));
    } else if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0];
      parent.append(el('span', { class: 'mention' }, label || `@${special}`));
    } else {
      const url = decodeEntities(target);
      const link = externalLink(url, label || url);
      parent.append(link || document.createTextNode(label || url));
    }
  }

  function renderInline(parent, text) {
    let pos = 0;
    while (pos < text.length) {
      let best = null;
      for (const rule of MRKDWN_RULES) {
        rule.re.lastIndex = pos;
        const match = rule.re.exec(text);
        if (match && (!best || match.index < best.match.index)) best = { rule, match };
      }
      if (!best) break;
      const { rule, match } = best;
      if (match.index > pos) appendPlain(parent, text.slice(pos, match.index));
      if (rule.kind === 'angle') renderAngle(parent, match[1]);
      else if (rule.kind === 'pre') parent.append(el('pre', {}, decodeEntities(match[1])));
      else if (rule.kind === 'code') parent.append(el('code', {}, decodeEntities(match[1])));
      else {
        const node = el(rule.kind);
        renderInline(node, match[1]);
        parent.append(node);
      }
      pos = match.index + match[0].length;
    }
    if (pos < text.length) appendPlain(parent, text.slice(pos));
  }

  function mrkdwn(text, tag = 'div') {
    const node = el(tag, { class: 'mrkdwn' });
    renderInline(node, String(text ?? ''));
    return node;
  }

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, body, message) {
      super(message);
      this.status = status;
      this.body = body;
    }
  }

  async function api(path, { method = 'GET', body } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = store.get(STORAGE_TOKEN);
    if (token) headers.Authorization = `Bearer ${token}`;

    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, null, 'Rebound cannot be reached. Is the server running?');
    }

    const text = await response.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
    if (response.status === 401) askForToken(Boolean(token));
    if (!response.ok) {
      const detail = (data && (data.detail || data.error))
        || `The server answered ${response.status} ${response.statusText}`.trim();
      throw new ApiError(response.status, data, detail);
    }
    if (state.needsToken) tokenAccepted();
    return data;
  }

  function askForToken(hadToken) {
    const form = $('token-form');
    const wasHidden = form.hidden;
    state.needsToken = true;
    form.hidden = false;
    $('token-hint').textContent = hadToken
      ? 'The saved token was refused. Paste the current REBOUND_API_TOKEN.'
      : 'This server asks for its REBOUND_API_TOKEN. It is kept in this browser only.';
    if (wasHidden) $('token').focus();
  }

  function tokenAccepted() {
    state.needsToken = false;
    $('token-form').hidden = true;
  }

  // ---------------------------------------------------------------- cases: shared pieces

  function scorePill(score, { big = false } = {}) {
    const n = Number(score);
    const known = Number.isInteger(n) && n >= 1 && n <= 5;
    return el('span', {
      class: `score${known ? ` score-${n}` : ''}${big ? ' big' : ''}`,
      title: known ? `Score ${n} of 5: ${SCORE_NAMES[n]}` : 'Unknown score',
    }, el('span', { class: 'score-number' }, known ? String(n) : '?'),
    el('span', { class: 'score-name' }, known ? SCORE_NAMES[n] : 'unknown'));
  }

  function customerName(customer) {
    if (!customer) return 'Unknown customer';
    return customer.name || customer.email || customer.id || 'Unknown customer';
  }

  function stageName(stage) {
    return STAGE_NAMES[stage] || (stage ? String(stage).replace(/_/g, ' ') : 'Unknown stage');
  }

  /** The deadlines still ahead of the case, soonest first. */
  function pendingDeadlines(c) {
    if (!c || c.status === 'closed' || !c.deadlines) return [];
    const stage = c.stage;
    const pending = (key) => {
      switch (key) {
        case 'claim': return !c.owner && !c.claimedAt;
        case 'followUp': return !c.followedUpAt;
        case 'fix': return !['fixed', 'checking_in', 'closed'].includes(stage);
        case 'checkIn': return ['fixed', 'checking_in'].includes(stage);
        default: return false;
      }
    };
    return STEPS
      .filter((step) => parseInstant(c.deadlines[step.key]) && pending(step.key))
      .map((step) => ({ ...step, at: c.deadlines[step.key] }))
      .sort((a, b) => parseInstant(a.at) - parseInstant(b.at));
  }

  function isOverdue(c) {
    if (c.overdue) return true;
    const now = Date.now();
    return pendingDeadlines(c).some((d) => parseInstant(d.at).getTime() < now);
  }

  function badge(text, kind, title) {
    return el('span', { class: `badge ${kind}`, title }, text);
  }

  function problemsList(problems) {
    if (!Array.isArray(problems) || problems.length === 0) return null;
    return el('ul', { class: 'problems', 'aria-label': 'Problems that need an operator' },
      problems.map((p) => el('li', {}, el('span', { class: 'problem-icon', 'aria-hidden': 'true' }, '!'),
        mrkdwn(p, 'span'))));
  }

  function caseHref(caseId) {
    return `?case=${encodeURIComponent(caseId)}`;
  }

  function caseLink(c, children) {
    return el('a', {
      class: 'case-link',
      href: caseHref(c.caseId),
      onclick: (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        openCase(c.caseId);
      },
    }, children);
  }

  function markSelected(list) {
    for (const item of list.children) {
      const selected = item.dataset.caseId === state.detailId;
      item.classList.toggle('selected', selected);
      if (selected) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }

  // ---------------------------------------------------------------- open cases

  function openCaseItem(c) {
    const next = pendingDeadlines(c)[0];
    const overdue = isOverdue(c);
    const flags = [
      overdue ? badge('Overdue', 'danger', 'A deadline passed without its step being done') : null,
      c.repeat ? badge('Repeat 3', 'info', 'Handled like a 2: the customer gave a 3 recently') : null,
      Array.isArray(c.previousScores) && c.previousScores.length
        ? badge(`was ${c.previousScores.join(' → ')}`, 'info', 'The customer changed the rating')
        : null,
    ];

    const deadline = next
      ? el('div', { class: 'case-deadline' },
        el('span', { class: 'deadline-step' }, `${next.name} due`),
        countdownEl(next.at),
        timeEl(next.at, { short: true }))
      : el('div', { class: 'case-deadline' },
        el('span', { class: 'deadline-step' }, 'No deadline'),
        el('span', { class: 'muted' }, c.stage === 'awaiting_root_cause' ? 'root cause wanted' : ''));

    const item = el('li', {
      class: `case score-border-${Number(c.score) || 0}${overdue ? ' is-overdue' : ''}`,
      dataset: { caseId: c.caseId },
    }, caseLink(c, [
      scorePill(c.score),
      el('div', { class: 'case-main' },
        el('div', { class: 'case-title' },
          el('strong', {}, customerName(c.customer)),
          c.customer && c.customer.email && c.customer.name
            ? el('span', { class: 'muted' }, c.customer.email) : null,
          flags),
        el('div', { class: 'case-meta' },
          el('span', { class: `stage stage-${c.stage}` }, stageName(c.stage)),
          el('span', {}, c.owner ? 'Owner ' : 'Unclaimed',
            c.owner ? el('span', { class: 'mono' }, c.owner) : null),
          c.teammateName || c.teammate
            ? el('span', {}, `Handled by ${c.teammateName || c.teammate}`) : null,
          el('span', {}, 'Rated ', timeEl(c.ratedAt, { short: true }))),
        c.remark ? el('q', { class: 'remark' }, c.remark) : null),
      deadline,
    ]), problemsList(c.problems));
    return item;
  }

  function renderOpen() {
    const cases = state.openCases || [];
    const onlyOverdue = $('only-overdue').checked;
    const overdueCount = cases.filter(isOverdue).length;
    const shown = onlyOverdue ? cases.filter(isOverdue) : cases;

    setChildren($('open-title'), 'Open cases ',
      el('span', { class: 'count' }, `${cases.length} open`),
      overdueCount ? el('span', { class: 'count danger' }, `${overdueCount} overdue`) : null);

    const list = $('open-list');
    setChildren(list, ...shown.map(openCaseItem));
    markSelected(list);
    const empty = $('open-empty');
    empty.hidden = shown.length > 0;
    empty.textContent = onlyOverdue && cases.length
      ? 'Nothing is overdue.'
      : 'No open cases. Every unhappy customer has been looked after.';
  }

  async function loadOpen() {
    const cases = await api('/api/cases?status=open');
    state.openCases = Array.isArray(cases) ? cases : [];
    renderIfChanged('open', [state.openCases, state.openCases.map(isOverdue), $('only-overdue').checked],
      renderOpen);
  }

  // ---------------------------------------------------------------- closed cases

  function outcomeBadge(outcome) {
    if (!outcome) return badge('No outcome', 'muted');
    return badge(OUTCOME_NAMES[outcome] || outcome, `outcome-${outcome}`);
  }

  function closedCaseItem(c) {
    return el('li', { class: 'case closed', dataset: { caseId: c.caseId } }, caseLink(c, [
      scorePill(c.score),
      el('div', { class: 'case-main' },
        el('div', { class: 'case-title' },
          el('strong', {}, customerName(c.customer)), outcomeBadge(c.outcome)),
        el('div', { class: 'case-meta' },
          el('span', {}, 'Root cause ', el('b', {}, c.rootCause || 'not recorded')),
          c.productArea ? el('span', {}, `Area ${c.productArea}`) : null,
          c.owner ? el('span', {}, 'Owner ', el('span', { class: 'mono' }, c.owner)) : null)),
      el('div', { class: 'case-deadline' },
        el('span', { class: 'deadline-step' }, 'Closed'),
        timeEl(c.closedAt, { short: true })),
    ]));
  }

  function renderClosed() {
    const cases = (state.closedCases || []).slice(0, CLOSED_SHOWN);
    const list = $('closed-list');
    setChildren(list, ...cases.map(closedCaseItem));
    markSelected(list);
    $('closed-empty').hidden = cases.length > 0;
  }

  async function loadClosed() {
    const cases = await api('/api/cases?status=closed&limit=20');
    state.closedCases = Array.isArray(cases) ? cases.slice(0, CLOSED_SHOWN) : [];
    renderIfChanged('closed', state.closedCases, renderClosed);
  }

  // ---------------------------------------------------------------- case detail

  function field(label, ...value) {
    const shown = value.filter((v) => v !== null && v !== undefined && v !== '');
    return [el('dt', {}, label), el('dd', {}, shown.length ? shown : el('span', { class: 'muted' }, '—'))];
  }

  function deadlineRow(c, step) {
    const at = c.deadlines ? c.deadlines[step.key] : null;
    const done = c[step.doneField];
    const isPending = pendingDeadlines(c).some((d) => d.key === step.key);
    let status;
    if (!parseInstant(at)) {
      status = el('span', { class: 'muted' }, 'does not apply');
    } else if (isPending) {
      status = countdownEl(at);
    } else if (done) {
      const late = parseInstant(done) > parseInstant(at);
      status = el('span', { class: late ? 'late' : 'met' }, late ? 'done late' : 'done in time');
    } else {
      status = el('span', { class: 'muted' }, 'no longer due');
    }
    return el('tr', {}, el('th', { scope: 'row' }, step.name), el('td', {}, timeEl(at)), el('td', {}, status));
  }

  function renderDetailBody() {
    const body = $('detail-body');
    const title = $('detail-title');
    const c = state.detailCase;

    if (!c) {
      title.textContent = 'Case';
      setChildren(body, state.detailError
        ? el('p', { class: 'error', role: 'alert' }, state.detailError)
        : el('p', { class: 'muted' }, 'Loading the case…'));
      return;
    }

    setChildren(title, scorePill(c.score, { big: true }), ' ', customerName(c.customer));
    const overdue = isOverdue(c);
    const links = [
      externalLink(c.conversationUrl, 'Conversation in Intercom'),
      externalLink(c.workflowUrl, 'Workflow in Temporal'),
    ].filter(Boolean);

    const timeline = [
      ['Rated', c.ratedAt], ['Claimed', c.claimedAt], ['Followed up', c.followedUpAt],
      ['Fixed', c.fixedAt], ['Check-in prompted', c.checkInPromptedAt],
      ['Checked in', c.checkedInAt], ['Closed', c.closedAt],
    ];
    const escalations = Array.isArray(c.escalations) ? c.escalations : [];

    setChildren(body,
      state.detailError ? el('p', { class: 'error', role: 'alert' },
        `Could not refresh this case: ${state.detailError}`) : null,
      el('p', { class: 'detail-status' },
        badge(c.status === 'closed' ? 'Closed' : 'Open', c.status === 'closed' ? 'muted' : 'info'),
        c.stage !== 'closed' ? el('span', { class: `stage stage-${c.stage}` }, stageName(c.stage)) : null,
        overdue ? badge('Overdue', 'danger') : null,
        c.repeat ? badge('Repeat 3', 'info', 'Handled like a 2') : null,
        c.outcome ? outcomeBadge(c.outcome) : null),
      problemsList(c.problems),
      c.remark ? el('blockquote', { class: 'remark' }, el('p', {}, c.remark)) : null,
      links.length ? el('p', { class: 'links' }, links) : null,

      el('h3', {}, 'Case'),
      el('dl', { class: 'fields' },
        field('Case id', el('span', { class: 'mono' }, c.caseId)),
        field('Conversation', el('span', { class: 'mono' }, c.conversationId)),
        field('Customer', c.customer && c.customer.name,
          c.customer && c.customer.email
            ? el('a', { href: `mailto:${c.customer.email}` }, c.customer.email) : null,
          c.customer && c.customer.id ? el('span', { class: 'mono muted' }, c.customer.id) : null),
        field('Score', scorePill(c.score),
          Array.isArray(c.previousScores) && c.previousScores.length
            ? el('span', { class: 'muted' }, `earlier ${c.previousScores.join(', ')}`) : null),
        field('Teammate', c.teammateName, c.teammate ? el('span', { class: 'mono muted' }, c.teammate) : null),
        field('Owner', c.owner ? el('span', { class: 'mono' }, c.owner) : null),
        c.followedUpBy ? field('Followed up by', el('span', { class: 'mono' }, c.followedUpBy)) : null,
        field('Root cause', c.rootCause),
        field('Product area', c.productArea),
        field('Fix', c.fix),
        field('Fix ETA', c.fixEta ? timeEl(c.fixEta) : null),
        field('Outcome', c.outcome ? OUTCOME_NAMES[c.outcome] || c.outcome : null)),

      el('h3', {}, 'Deadlines'),
      el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Step'),
          el('th', { scope: 'col' }, 'Due'), el('th', { scope: 'col' }, 'Status'))),
        el('tbody', {}, STEPS.map((step) => deadlineRow(c, step))))),

      el('h3', {}, 'Timeline'),
      el('div', { class: 'table-wrap' }, el('table', {},
        el('tbody', {}, timeline.map(([label, iso]) =>
          el('tr', { class: iso ? '' : 'not-yet' }, el('th', { scope: 'row' }, label),
            el('td', {}, iso ? timeEl(iso) : el('span', { class: 'muted' }, 'not yet'))))))),

      el('h3', {}, 'Escalations'),
      escalations.length
        ? el('div', { class: 'table-wrap' }, el('table', {},
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'What'),
            el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'Deadline missed'))),
          el('tbody', {}, escalations.map((e) => el('tr', {},
            el('th', { scope: 'row' }, ESCALATION_NAMES[e.kind] || e.kind || 'Escalation'),
            el('td', {}, timeEl(e.at)),
            el('td', {}, e.deadline ? timeEl(e.deadline) : el('span', { class: 'muted' }, '—')))))))
        : el('p', { class: 'muted' }, 'None.'),
    );
  }

  async function loadDetail() {
    const id = state.detailId;
    if (!id) return;
    try {
      const c = await api(`/api/cases/${encodeURIComponent(id)}`);
      if (state.detailId !== id) return;
      state.detailCase = c;
      state.detailError = null;
    } catch (error) {
      if (state.detailId !== id) return;
      if (error.status === 404) state.detailCase = null;
      state.detailError = error.status === 404 ? `There is no case ${id}.` : error.message;
    }
    const overdue = state.detailCase ? isOverdue(state.detailCase) : false;
    renderIfChanged('detail', [state.detailCase, state.detailError, overdue], () => {
      renderDetailBody();
      updateActions();
    });
  }

  function showDetail(id) {
    const changed = state.detailId !== id;
    state.detailId = id;
    const panel = $('detail');
    if (!id) {
      panel.hidden = true;
      document.body.classList.remove('with-detail');
      state.detailCase = null;
      state.detailError = null;
      state.rendered.delete('detail');
      setChildren($('detail-actions'));
    } else {
      panel.hidden = false;
      document.body.classList.add('with-detail');
      if (changed) {
        const known = [...(state.openCases || []), ...(state.closedCases || [])]
          .find((c) => c.caseId === id);
        state.detailCase = known || null;
        state.detailError = null;
        state.rendered.delete('detail');
        panel.scrollTop = 0;
        buildActions(id);
        renderDetailBody();
        updateActions();
      }
      loadDetail();
    }
    for (const list of [$('open-list'), $('closed-list')]) markSelected(list);
  }

  function openCase(id) {
    if (state.detailId !== id) history.pushState({ case: id }, '', caseHref(id));
    showDetail(id);
    const panel = $('detail');
    panel.focus({ preventScroll: true });
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) panel.scrollIntoView({ block: 'start' });
  }

  function closeCase() {
    history.pushState({}, '', window.location.pathname);
    showDetail(null);
  }

  function caseFromLocation() {
    return new URLSearchParams(window.location.search).get('case') || null;
  }

  // ---------------------------------------------------------------- actions

  const actionUi = {};

  function actor() {
    return $('actor').value.trim();
  }

  function message(node, text, kind) {
    node.className = `action-message ${kind || ''}`;
    node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    setChildren(node, text ? mrkdwn(text, 'span') : '');
  }

  async function runAction(name, path, body, ui) {
    const who = actor();
    if (!who) {
      message(ui.message, 'Type your Slack user id in “Acting as” at the top first.', 'error');
      $('actor').focus();
      return false;
    }
    const buttons = ui.root.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    message(ui.message, 'Sending…', 'pending');
    const id = state.detailId;
    try {
      const result = await api(`/api/cases/${encodeURIComponent(id)}/${path}`,
        { method: 'POST', body: { actor: who, ...body } });
      message(ui.message, `${name}: done.`, 'ok');
      if (result && result.caseId === id) {
        state.detailCase = result;
        state.detailError = null;
      }
      return true;
    } catch (error) {
      message(ui.message, error.message, 'error');
      return false;
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
      state.rendered.delete('detail');
      if (state.detailId === id) {
        renderDetailBody();
        updateActions();
      }
      refresh();
    }
  }

  function actionBlock(title, ...content) {
    const msg = el('p', { class: 'action-message', role: 'status' });
    const note = el('p', { class: 'action-note muted' });
    const root = el('div', { class: 'action' }, el('h4', {}, title), note, content, msg);
    return { root, message: msg, note };
  }

  function rootCauseOptions(select) {
    const current = select.value;
    setChildren(select, el('option', { value: '' }, 'Pick a root cause…'),
      state.rootCauses.map((cause) => el('option', { value: cause }, cause)));
    if (state.rootCauses.includes(current)) select.value = current;
  }

  function buildActions(id) {
    const container = $('detail-actions');
    const suffix = id.replace(/[^A-Za-z0-9_-]/g, '_');

    const claim = actionBlock('Claim');
    claim.button = el('button', { type: 'button', class: 'primary' }, 'Claim');
    claim.button.addEventListener('click', () => runAction('Claim', 'claim', {}, claim));
    claim.root.insertBefore(claim.button, claim.message);

    const followUp = actionBlock('Follow-up');
    followUp.button = el('button', { type: 'button' }, 'Followed up');
    followUp.button.addEventListener('click', () => runAction('Followed up', 'follow-up', {}, followUp));
    followUp.root.insertBefore(followUp.button, followUp.message);

    const fix = actionBlock('Fix');
    const cause = el('select', { id: `root-cause-${suffix}`, name: 'rootCause', required: true });
    rootCauseOptions(cause);
    const area = el('input', { id: `product-area-${suffix}`, name: 'productArea', type: 'text',
      placeholder: 'e.g. billing' });
    const what = el('textarea', { id: `what-fixed-${suffix}`, name: 'whatWasFixed', rows: 3,
      placeholder: 'What was fixed, or what will be' });
    const needsTime = el('input', { id: `needs-time-${suffix}`, type: 'checkbox' });
    const eta = el('input', { id: `eta-${suffix}`, name: 'eta', type: 'datetime-local', disabled: true });
    needsTime.addEventListener('change', () => {
      eta.disabled = !needsTime.checked;
      eta.required = needsTime.checked;
      if (needsTime.checked) eta.focus();
    });
    fix.button = el('button', { type: 'submit', class: 'primary' }, 'Fixed');
    const form = el('form', { class: 'fix-form', novalidate: true },
      el('label', { for: cause.id }, 'Root cause'), cause,
      el('label', { for: area.id }, 'Product area'), area,
      el('label', { for: what.id }, 'What was fixed'), what,
      el('div', { class: 'check' }, needsTime,
        el('label', { for: needsTime.id }, 'The fix needs more time: give an ETA')),
      el('label', { for: eta.id }, 'ETA (your local time)'), eta,
      fix.button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!cause.value) {
        message(fix.message, 'Pick a root cause first.', 'error');
        cause.focus();
        return;
      }
      let etaIso = null;
      if (needsTime.checked) {
        const date = eta.value ? new Date(eta.value) : null;
        if (!date || Number.isNaN(date.getTime())) {
          message(fix.message, 'Give the date and time the fix is expected, or untick “needs more time”.', 'error');
          eta.focus();
          return;
        }
        etaIso = date.toISOString().replace('.000Z', 'Z');
      }
      const ok = await runAction(etaIso ? 'ETA' : 'Fixed', 'fix', {
        rootCause: cause.value,
        productArea: area.value.trim() || null,
        whatWasFixed: what.value.trim() || null,
        eta: etaIso,
      }, fix);
      if (ok) {
        form.reset();
        eta.disabled = true;
        rootCauseOptions(cause);
      }
    });
    fix.root.insertBefore(form, fix.message);
    fix.select = cause;

    const checkIn = actionBlock('Check-in');
    checkIn.buttons = Object.entries({
      recovered: 'Recovered', still_unhappy: 'Still unhappy', no_reply: 'No reply',
    }).map(([outcome, label]) => el('button', {
      type: 'button',
      class: outcome === 'recovered' ? 'primary' : '',
      onclick: () => runAction(`Check-in (${label})`, 'check-in', { outcome }, checkIn),
    }, label));
    checkIn.root.insertBefore(el('div', { class: 'button-row' }, checkIn.buttons), checkIn.message);

    const whoNote = el('p', { class: 'acting-as' });
    const root = el('section', { class: 'actions', 'aria-labelledby': `actions-${suffix}` },
      el('h3', { id: `actions-${suffix}` }, 'Actions'), whoNote,
      el('div', { class: 'action-grid' }, claim.root, followUp.root, fix.root, checkIn.root));
    Object.assign(actionUi, { id, root, claim, followUp, fix, checkIn, whoNote });
    setChildren(container, root);
    updateActorNote();
  }

  function updateActorNote() {
    if (!actionUi.whoNote) return;
    const who = actor();
    setChildren(actionUi.whoNote, who
      ? el('span', {}, 'Acting as ', el('span', { class: 'mono' }, who), '.')
      : el('span', { class: 'warn' }, 'Type your Slack user id in “Acting as” at the top to act on this case.'));
  }

  /** Greys out steps that are done; the server still decides and explains any refusal. */
  function updateActions() {
    const c = state.detailCase;
    if (actionUi.id !== state.detailId || !actionUi.root) return;
    actionUi.root.hidden = !c || c.status === 'closed';
    if (!c) {
      for (const control of actionUi.root.querySelectorAll('button, select, input, textarea')) {
        control.disabled = true;
      }
      return;
    }
    const closed = c.status === 'closed';
    const set = (ui, enabled, note, controls) => {
      for (const control of controls) control.disabled = !enabled;
      ui.root.classList.toggle('done', !enabled);
      setChildren(ui.note, ...(note ? [mrkdwn(note, 'span')] : []));
    };

    set(actionUi.claim, !closed && !c.owner,
      c.owner ? `Claimed by <@${c.owner}>.` : (closed ? 'The case is closed.' : 'Take ownership of this case.'),
      [actionUi.claim.button]);
    set(actionUi.followUp, !closed && !c.followedUpAt,
      c.followedUpAt ? 'Follow-up recorded.' : (closed ? 'The case is closed.'
        : 'Press after you sent the customer a personal message.'),
      [actionUi.followUp.button]);

    const fixDone = ['fixed', 'checking_in'].includes(c.stage);
    const fixControls = [...actionUi.fix.root.querySelectorAll('select, input:not([type=datetime-local]), textarea, button')];
    set(actionUi.fix, !closed && !fixDone,
      closed ? 'The case is closed.' : (fixDone ? `Fix recorded: ${c.fix || c.rootCause || 'done'}.`
        : (c.stage === 'awaiting_root_cause' ? 'The customer changed the rating; record the root cause to close.'
          : 'Record the root cause and the fix, or an ETA.')),
      fixControls);

    const canCheckIn = !closed && fixDone;
    set(actionUi.checkIn, canCheckIn,
      closed ? 'The case is closed.' : (canCheckIn ? 'How did the customer answer the check-in?'
        : 'Available once the fix is recorded.'),
      actionUi.checkIn.buttons);
  }

  // ---------------------------------------------------------------- weekly report

  const SVG_NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function niceMax(value) {
    if (value <= 4) return 4;
    const step = Math.ceil(value / 4);
    return step * 4;
  }

  let chartCount = 0;

  function chartFrame(titleText, descText, width, height) {
    chartCount += 1;
    const titleId = `chart-title-${chartCount}`;
    const descId = `chart-desc-${chartCount}`;
    return svg('svg', {
      class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMidYMid meet',
    }, svg('title', { id: titleId }, titleText), svg('desc', { id: descId }, descText));
  }

  function weeklyChart(weeks) {
    const width = 640;
    const height = 260;
    const m = { top: 24, right: 12, bottom: 40, left: 40 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const max = niceMax(Math.max(0, ...weeks.flatMap((w) => [w.badRatings || 0, w.recovered || 0])));
    const y = (v) => m.top + plotH - (v / max) * plotH;
    const group = plotW / Math.max(weeks.length, 1);
    const barW = Math.min(32, group * 0.34);

    const label = (w) => {
      const date = parseInstant(`${w.weekStart}T00:00:00Z`);
      return date ? weekFormat.format(date) : String(w.weekStart);
    };
    const desc = weeks.map((w) => `Week of ${label(w)}: ${w.badRatings || 0} bad ratings, `
      + `${w.recovered || 0} recovered.`).join(' ');
    const chart = chartFrame('Bad ratings and recoveries per week', desc, width, height);

    for (let i = 0; i <= 4; i += 1) {
      const v = (max / 4) * i;
      chart.append(svg('line', { class: 'grid', x1: m.left, x2: width - m.right, y1: y(v), y2: y(v) }),
        svg('text', { class: 'axis', x: m.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
    }
    weeks.forEach((w, i) => {
      const cx = m.left + group * i + group / 2;
      const bars = [
        { value: w.badRatings || 0, cls: 'bar-bad', x: cx - barW - 2, what: 'bad ratings' },
        { value: w.recovered || 0, cls: 'bar-good', x: cx + 2, what: 'recovered' },
      ];
      const g = svg('g', {});
      for (const bar of bars) {
        const top = y(bar.value);
        g.append(svg('rect', {
          class: bar.cls, x: bar.x, y: top, width: barW, height: Math.max(0, m.top + plotH - top), rx: 2,
        }, svg('title', {}, `Week of ${label(w)}: ${bar.value} ${bar.what}`)),
        svg('text', { class: 'value', x: bar.x + barW / 2, y: top - 5, 'text-anchor': 'middle' },
          String(bar.value)));
      }
      g.append(svg('text', { class: 'axis', x: cx, y: height - m.bottom + 18, 'text-anchor': 'middle' },
        label(w)));
      chart.append(g);
    });
    chart.append(svg('line', { class: 'baseline', x1: m.left, x2: width - m.right,
      y1: m.top + plotH, y2: m.top + plotH }));
    return el('figure', { class: 'chart-figure' }, chart,
      el('figcaption', {}, el('span', { class: 'key key-bad', 'aria-hidden': 'true' }), 'Bad ratings ',
        el('span', { class: 'key key-good', 'aria-hidden': 'true' }), 'Recovered'));
  }

  function recoveryChart(buckets) {
    const width = 640;
    const height = 260;
    const m = { top: 24, right: 12, bottom: 56, left: 48 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const y = (rate) => m.top + plotH - rate * plotH;
    const group = plotW / Math.max(buckets.length, 1);
    const barW = Math.min(72, group * 0.5);

    const rateOf = (b) => {
      if (!b.cases) return null;
      if (typeof b.rate === 'number') return Math.max(0, Math.min(1, b.rate));
      return (b.recovered || 0) / b.cases;
    };
    const pct = (rate) => `${Math.round(rate * 100)}%`;
    const desc = buckets.map((b) => {
      const rate = rateOf(b);
      return rate === null ? `Follow-up ${b.bucket}: no cases.`
        : `Follow-up ${b.bucket}: ${pct(rate)} recovered (${b.recovered || 0} of ${b.cases}).`;
    }).join(' ');
    const chart = chartFrame('Recovery rate by follow-up response time', desc, width, height);

    for (let i = 0; i <= 4; i += 1) {
      const rate = i / 4;
      chart.append(svg('line', { class: 'grid', x1: m.left, x2: width - m.right, y1: y(rate), y2: y(rate) }),
        svg('text', { class: 'axis', x: m.left - 8, y: y(rate) + 4, 'text-anchor': 'end' }, pct(rate)));
    }
    buckets.forEach((b, i) => {
      const cx = m.left + group * i + group / 2;
      const rate = rateOf(b);
      const g = svg('g', {});
      if (rate === null) {
        g.append(svg('text', { class: 'value muted', x: cx, y: m.top + plotH - 6, 'text-anchor': 'middle' },
          'no cases'));
      } else {
        const top = y(rate);
        g.append(svg('rect', {
          class: 'bar-rate', x: cx - barW / 2, y: top, width: barW, height: Math.max(0, m.top + plotH - top), rx: 2,
        }, svg('title', {}, `Follow-up ${b.bucket}: ${pct(rate)} recovered (${b.recovered || 0} of ${b.cases})`)),
        svg('text', { class: 'value', x: cx, y: top - 6, 'text-anchor': 'middle' }, pct(rate)));
      }
      g.append(svg('text', { class: 'axis', x: cx, y: height - m.bottom + 18, 'text-anchor': 'middle' },
        String(b.bucket)),
      svg('text', { class: 'axis muted', x: cx, y: height - m.bottom + 34, 'text-anchor': 'middle' },
        `${b.recovered || 0} of ${b.cases || 0} cases`));
      chart.append(g);
    });
    chart.append(svg('line', { class: 'baseline', x1: m.left, x2: width - m.right,
      y1: m.top + plotH, y2: m.top + plotH }));
    return el('figure', { class: 'chart-figure' }, chart,
      el('figcaption', {}, 'Share of cases recovered, by how soon the follow-up came after the rating'));
  }

  function rankList(title, rows, nameOf, countOf) {
    return el('section', { class: 'rank' }, el('h4', {}, title),
      rows && rows.length
        ? el('ol', {}, rows.map((row) => el('li', {},
          el('span', { class: 'rank-name' }, nameOf(row)), el('span', { class: 'rank-count' }, String(countOf(row))))))
        : el('p', { class: 'muted' }, 'None in this period.'));
  }

  function renderWeekly(report, error) {
    const body = $('weekly-body');
    if (error || !report || !Array.isArray(report.weeks)) {
      setChildren(body, el('p', { class: 'unavailable' }, 'Weekly figures not available'),
        error && error.status !== 404 ? el('p', { class: 'muted small' }, error.message) : null);
      return;
    }
    const buckets = Array.isArray(report.recoveryByResponseTime) ? report.recoveryByResponseTime : [];
    setChildren(body,
      el('div', { class: 'charts' },
        el('div', { class: 'chart-box' }, el('h3', {}, 'Bad ratings and recoveries per week'),
          report.weeks.length ? weeklyChart(report.weeks) : el('p', { class: 'muted' }, 'No weeks yet.')),
        el('div', { class: 'chart-box' }, el('h3', {}, 'Recovery rate by follow-up response time'),
          buckets.length ? recoveryChart(buckets) : el('p', { class: 'muted' }, 'No cases yet.'))),
      el('div', { class: 'ranks' },
        rankList('Top root causes', report.topRootCauses, (r) => r.name, (r) => r.count),
        rankList('Product areas', report.productAreas, (r) => r.name, (r) => r.count),
        rankList('Teammates with repeated bad ratings', report.repeatTeammates,
          (r) => (r.name ? `${r.name} (${r.teammate})` : r.teammate), (r) => r.count),
        rankList('Top recoverers', report.topRecoverers, (r) => r.owner, (r) => r.recovered)));
  }

  async function loadWeekly() {
    state.weeklyLoadedAt = Date.now();
    try {
      const report = await api('/api/reports/weekly?weeks=6');
      renderIfChanged('weekly', report, () => renderWeekly(report, null));
    } catch (error) {
      if (error.status === 401) throw error;
      renderIfChanged('weekly', { error: error.message }, () => renderWeekly(null, error));
    }
  }

  // ---------------------------------------------------------------- console outbox

  const outboxItems = new Map();

  function prettyBlocks(blocks) {
    if (blocks === null || blocks === undefined || blocks === '') return null;
    if (typeof blocks !== 'string') return JSON.stringify(blocks, null, 2);
    try {
      return JSON.stringify(JSON.parse(blocks), null, 2);
    } catch {
      return blocks;
    }
  }

  function outboxItem(m) {
    const blocks = prettyBlocks(m.blocks);
    return el('li', { class: 'message' },
      el('div', { class: 'message-head' },
        el('code', { class: 'method' }, m.method || 'message'),
        m.channel ? el('span', {}, 'in ', el('span', { class: 'mono' }, m.channel)) : null,
        m.user ? el('span', {}, 'to ', el('span', { class: 'mono' }, m.user)) : null,
        m.threadTs ? el('span', { class: 'thread' }, 'thread ', el('span', { class: 'mono' }, m.threadTs)) : null,
        m.ts ? el('span', { class: 'muted mono small' }, `ts ${m.ts}`) : null,
        el('span', { class: 'message-time' }, timeEl(m.at))),
      m.text ? mrkdwn(m.text) : el('p', { class: 'muted' }, '(no text)'),
      blocks ? el('details', {}, el('summary', {}, 'Blocks'), el('pre', { class: 'blocks' }, blocks)) : null);
  }

  function renderOutbox(messages) {
    const list = $('outbox-list');
    const shown = messages.slice(0, OUTBOX_SHOWN);
    const keys = new Set();
    const nodes = shown.map((m, index) => {
      // Messages never change once kept, so an item is built once and its toggles stay as left.
      const key = m.id !== undefined && m.id !== null ? `id:${m.id}` : `i:${index}:${JSON.stringify(m)}`;
      keys.add(key);
      if (!outboxItems.has(key)) outboxItems.set(key, outboxItem(m));
      return outboxItems.get(key);
    });
    for (const key of [...outboxItems.keys()]) if (!keys.has(key)) outboxItems.delete(key);
    setChildren(list, ...nodes);
    $('outbox-empty').hidden = shown.length > 0;
  }

  async function loadOutbox() {
    try {
      const messages = await api('/api/outbox');
      $('outbox').hidden = false;
      renderIfChanged('outbox', messages, () => renderOutbox(Array.isArray(messages) ? messages : []));
    } catch (error) {
      if (error.status === 404) {
        // Not in dev mode (or a real Slack token is set): there is no outbox to show, ever.
        state.outboxAvailable = false;
        $('outbox').hidden = true;
        return;
      }
      throw error;
    }
  }

  // ---------------------------------------------------------------- playbook

  async function loadPlaybook() {
    try {
      const playbook = await api('/api/playbook');
      const causes = playbook && Array.isArray(playbook.rootCauses)
        ? playbook.rootCauses.filter((c) => typeof c === 'string' && c) : [];
      if (causes.length) {
        state.rootCauses = causes;
        if (actionUi.fix && actionUi.fix.select) rootCauseOptions(actionUi.fix.select);
      }
      return true;
    } catch (error) {
      // Optional endpoint: the built-in list of SPEC §1 is used instead, unless asked to sign in.
      return error.status !== 401 && error.status !== 0;
    }
  }

  // ---------------------------------------------------------------- refresh loop

  let lastSuccess = null;
  let playbookLoaded = false;

  function setStatus(text, kind) {
    const status = $('status');
    status.className = `status ${kind || ''}`;
    status.textContent = text;
  }

  async function refresh({ force = false } = {}) {
    // Asking again without a token only repeats the 401; wait until one is typed in.
    if (state.needsToken && !force) return;
    if (state.refreshing) {
      state.refreshAgain = true;
      return;
    }
    state.refreshing = true;
    state.refreshAgain = false;
    try {
      if (!playbookLoaded) playbookLoaded = await loadPlaybook();
      const tasks = [loadOpen(), loadClosed(), loadDetail()];
      if (state.outboxAvailable) tasks.push(loadOutbox());
      if (Date.now() - state.weeklyLoadedAt >= WEEKLY_REFRESH_MS) tasks.push(loadWeekly());
      const results = await Promise.allSettled(tasks);
      const failure = results.find((r) => r.status === 'rejected');
      if (state.needsToken) {
        setStatus('Enter the API token to see the cases.', 'error');
      } else if (failure) {
        setStatus(`Could not refresh: ${failure.reason.message}${lastSuccess
          ? ` Showing figures from ${clockFormat.format(lastSuccess)}.` : ''}`, 'error');
      } else {
        lastSuccess = new Date();
        setStatus(`Updated ${clockFormat.format(lastSuccess)}`, 'ok');
      }
    } finally {
      state.refreshing = false;
      if (state.refreshAgain) refresh();
    }
  }

  function start() {
    const actorInput = $('actor');
    actorInput.value = store.get(STORAGE_ACTOR);
    actorInput.addEventListener('input', () => {
      store.set(STORAGE_ACTOR, actor());
      updateActorNote();
    });
    $('actor-form').addEventListener('submit', (event) => event.preventDefault());

    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const token = $('token').value.trim();
      store.set(STORAGE_TOKEN, token);
      $('token').value = '';
      state.weeklyLoadedAt = 0;
      state.outboxAvailable = true;
      playbookLoaded = false;
      state.rendered.clear();
      refresh({ force: true });
    });

    $('only-overdue').addEventListener('change', () => {
      state.rendered.delete('open');
      keepScroll(renderOpen);
    });
    $('detail-close').addEventListener('click', closeCase);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && state.detailId && !event.defaultPrevented
        && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) {
        closeCase();
      }
    });
    window.addEventListener('popstate', () => showDetail(caseFromLocation()));

    showDetail(caseFromLocation());
    refresh();
    window.setInterval(refresh, REFRESH_MS);
    window.setInterval(tick, TICK_MS);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
