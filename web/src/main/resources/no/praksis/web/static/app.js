/* praksis serve: the guided form, YAML view and findings of one practice agreement.
   Plain ES2017, no modules, no eval. Talks only to its own server (/api/...). */
(function () {
  'use strict';

  var TEXTS = window.PRAKSIS_TEXTS;
  var params = new URLSearchParams(location.search);
  var token = params.get('token');
  var lang = TEXTS[params.get('lang')] ? params.get('lang') : 'nb';
  var schema = null;
  var model = emptyAgreement();
  var findings = [];
  var validateTimer = null;
  var validateSeq = 0;
  var yamlTimer = null;
  var LONG = ['text', 'description', 'procedure', 'plan', 'reason', 'professionalEnvironment',
    'researchAndInnovation', 'infectionControl', 'suitabilityAssessment', 'supervisors',
    'practiceTeacher', 'professionalDevelopment', 'followUp', 'pedagogicalSupport', 'placements',
    'dailySupervision', 'soundPractice', 'periodPlanning', 'teacherPresence', 'learningOutcomes',
    'mutualKnowledge'];
  var GENERAL = ['id', 'version', 'language', 'title'];

  function t(key) { return TEXTS[lang][key]; }
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function emptyAgreement() { return { format: 'praksisavtale/v1', language: 'nb', version: 1 }; }
  function announce(msg) { var s = $('status'); s.textContent = ''; setTimeout(function () { s.textContent = msg; }, 50); }

  /* ---------- API ---------- */
  function api(path, opts) {
    opts = opts || {};
    opts.headers = opts.headers || {};
    if (token) opts.headers['X-Praksis-Token'] = token;
    return fetch(path, opts);
  }
  function withToken(path) { return token ? path + (path.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(token) : path; }

  /* ---------- JSON pointers and the model ---------- */
  function ptr(base, key) { return base + '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1'); }
  function segs(p) { return p === '' ? [] : p.split('/').slice(1).map(function (s) { return s.replace(/~1/g, '/').replace(/~0/g, '~'); }); }
  function idFor(p) { return 'f' + p.replace(/\//g, '.').replace(/[^A-Za-z0-9._-]/g, '_'); }
  function getAt(p) {
    var cur = model;
    var s = segs(p);
    for (var i = 0; i < s.length; i++) { if (cur === null || typeof cur !== 'object') return undefined; cur = cur[s[i]]; }
    return cur;
  }
  function setAt(p, value) {
    var s = segs(p), cur = model;
    for (var i = 0; i < s.length - 1; i++) {
      if (cur[s[i]] === null || typeof cur[s[i]] !== 'object') cur[s[i]] = /^\d+$/.test(s[i + 1]) ? [] : {};
      cur = cur[s[i]];
    }
    var last = s[s.length - 1];
    if (value === undefined) {
      if (Array.isArray(cur)) cur[last] = ''; else delete cur[last];
      prune(s.slice(0, -1));
    } else cur[last] = value;
  }
  function prune(s) { /* drop objects (not array entries) left empty by a cleared field */
    while (s.length) {
      var parent = model;
      for (var i = 0; i < s.length - 1; i++) parent = parent[s[i]];
      var key = s[s.length - 1], v = parent[key];
      if (Array.isArray(parent) || v === null || typeof v !== 'object' || Array.isArray(v) || Object.keys(v).length) return;
      delete parent[key];
      s = s.slice(0, -1);
    }
  }

  /* ---------- schema ---------- */
  function resolve(node) {
    if (!node) return {};
    if (!node.$ref) return node;
    var target = schema;
    node.$ref.replace(/^#\//, '').split('/').forEach(function (k) { target = target && target[k]; });
    var merged = {};
    Object.keys(resolve(target)).forEach(function (k) { merged[k] = resolve(target)[k]; });
    Object.keys(node).forEach(function (k) { if (k !== '$ref') merged[k] = node[k]; });
    return merged;
  }
  function ordered(value, node) { /* copy in the schema's property order for a tidy YAML */
    node = resolve(node);
    if (Array.isArray(value)) return value.map(function (v) { return ordered(v, node.items); });
    if (value === null || typeof value !== 'object') return value;
    var out = {}, props = node.properties || {};
    Object.keys(props).forEach(function (k) { if (k in value) out[k] = ordered(value[k], props[k]); });
    Object.keys(value).forEach(function (k) { if (!(k in out)) out[k] = value[k]; });
    return out;
  }
  function toYaml() { return jsyaml.dump(ordered(model, schema), { lineWidth: 100, noRefs: true }); }
  /*
   * The agreement as the user last wrote it: the form's, or the YAML view's text while that cannot be
   * read. Checked, saved and rendered as it is, so that the server names the line that is wrong and
   * nothing the user typed is lost.
   */
  var yamlUnread = false;
  function agreementText() { return yamlUnread ? $('yaml-text').value : toYaml(); }
  function lc(s) { return s ? s.charAt(0).toLowerCase() + s.slice(1) : s; }

  /* ---------- form generation ---------- */
  function describe(container, node, p) {
    if (!node.description) return null;
    var id = idFor(p) + '-desc';
    container.appendChild(el('p', { 'class': 'ds-paragraph help', 'data-size': 'sm', id: id }, node.description));
    return id;
  }
  /* The label of a field the format requires, with Designsystemet's tag: a word, not only a colour or a star. */
  function labelled(label, title, required) {
    label.appendChild(document.createTextNode(title));
    if (required) {
      label.appendChild(document.createTextNode(' '));
      label.appendChild(el('span', { 'class': 'ds-tag required-tag', 'data-color': 'warning', 'data-size': 'sm' }, t('required')));
    }
    return label;
  }
  function fieldset(title, node, p, cls, required) {
    var fs = el('fieldset', { 'class': 'ds-fieldset section ' + (cls || ''), 'data-pointer': p, id: idFor(p) });
    fs.appendChild(labelled(el('legend', { 'class': 'ds-heading' }), title, required));
    var d = describe(fs, node, p);
    if (d) fs.setAttribute('aria-describedby', d);
    return fs;
  }
  function renderForm() {
    var form = $('agreement-form');
    var focusP = document.activeElement && document.activeElement.getAttribute('data-pointer');
    form.textContent = '';
    var props = schema.properties;
    var gen = fieldset(t('general'), { description: t('generalHelp') }, '', 'section--general');
    gen.removeAttribute('id');
    var required = schema.required || [];
    GENERAL.forEach(function (k) { if (props[k]) renderNode(gen, k, props[k], ptr('', k), false, null, required.indexOf(k) >= 0); });
    form.appendChild(gen);
    Object.keys(props).forEach(function (k) {
      if (k === 'format' || GENERAL.indexOf(k) >= 0) return;
      var node = resolve(props[k]);
      if (k === 'extensions' || (node.type === 'object' && !node.properties)) form.appendChild(freeForm(k, node, ptr('', k)));
      else if (node.type === 'object' || node.type === 'array') renderNode(form, k, props[k], ptr('', k), true, null, required.indexOf(k) >= 0);
      else {
        var fs = fieldset(node.title || k, {}, ptr('', k) + '#section');
        fs.removeAttribute('data-pointer');
        renderNode(fs, k, props[k], ptr('', k), false, null, required.indexOf(k) >= 0);
        form.appendChild(fs);
      }
    });
    showFindingsInForm();
    if (focusP) { var f = document.querySelector('[data-pointer="' + cssEsc(focusP) + '"]'); if (f && f.focus) f.focus(); }
  }
  function cssEsc(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/"/g, '\\"'); }

  function renderNode(parent, key, rawNode, p, top, itemLabel, required) {
    var node = resolve(rawNode);
    var title = itemLabel || node.title || key;
    if (node.type === 'object' && node.properties) {
      var fs = fieldset(title, node, p, top ? '' : 'subsection', required);
      var inner = node.required || [];
      Object.keys(node.properties).forEach(function (k) {
        renderNode(fs, k, node.properties[k], ptr(p, k), false, null, inner.indexOf(k) >= 0);
      });
      parent.appendChild(fs);
      return fs;
    }
    if (node.type === 'object') { parent.appendChild(freeForm(key, node, p)); return null; }
    if (node.type === 'array') { parent.appendChild(renderArray(key, node, p, title, required)); return null; }
    parent.appendChild(renderScalar(key, node, p, title, required));
    return null;
  }

  /* A part without fixed fields (extensions): what it holds is shown, and written in the YAML view. */
  function freeForm(key, node, p) {
    var fs = fieldset(node.title || key, node, p, 'free-form');
    var value = getAt(p);
    var keys = value && typeof value === 'object' ? Object.keys(value) : [];
    fs.appendChild(el('p', { 'class': 'ds-paragraph', 'data-size': 'sm' },
      keys.length ? t('freeFormHolds') + ' ' + keys.join(', ') + '.' : t('freeFormEmpty')));
    var edit = el('button', { type: 'button', 'class': 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' }, t('editInYaml'));
    edit.addEventListener('click', function () { selectTab('yaml'); $('yaml-text').focus(); });
    fs.appendChild(edit);
    return fs;
  }

  function renderArray(key, node, p, title, required) {
    var fs = fieldset(title, node, p, 'array', required);
    var items = getAt(p);
    var itemNode = resolve(node.items);
    var itemTitle = itemNode.title || t('entry');
    var list = Array.isArray(items) ? items : [];
    list.forEach(function (v, i) {
      var ip = ptr(p, i);
      var label = itemTitle + ' ' + (i + 1);
      var box = el('div', { 'class': 'array-item' });
      if (itemNode.type === 'object') {
        var sub = renderNode(box, String(i), node.items, ip, false, label);
        sub.classList.add('array-item__fieldset');
      } else box.appendChild(renderScalar(String(i), itemNode, ip, label));
      var rm = el('button', { type: 'button', 'class': 'ds-button remove', 'data-variant': 'tertiary', 'data-size': 'sm' },
        t('remove') + ' ' + lc(label));
      rm.addEventListener('click', function () {
        list.splice(i, 1);
        if (!list.length) setAt(p, undefined);
        changed(true);
        announce(t('removed')(label));
        var add = document.querySelector('[data-add="' + cssEsc(p) + '"]'); if (add) add.focus();
      });
      box.appendChild(rm);
      fs.appendChild(box);
    });
    var addBtn = el('button', { type: 'button', 'class': 'ds-button add', 'data-variant': 'secondary', 'data-size': 'sm', 'data-add': p },
      t('add') + ' ' + lc(itemTitle));
    addBtn.addEventListener('click', function () {
      var arr = getAt(p);
      if (!Array.isArray(arr)) { setAt(p, []); arr = getAt(p); }
      arr.push(itemNode.type === 'object' ? {} : '');
      changed(true);
      var first = document.querySelector('[data-pointer^="' + cssEsc(ptr(p, arr.length - 1)) + '"]:not(fieldset)');
      if (first) first.focus();
      announce(t('added')(itemTitle + ' ' + arr.length));
    });
    fs.appendChild(addBtn);
    return fs;
  }

  function renderScalar(key, node, p, title, required) {
    var id = idFor(p);
    var wrap = el('div', { 'class': 'ds-field field', 'data-field-for': p });
    var value = getAt(p);
    var input;
    var isBool = node.type === 'boolean';
    if (node['enum']) {
      input = el('select', { 'class': 'ds-input' });
      input.appendChild(el('option', { value: '' }, t('choose')));
      node['enum'].forEach(function (code, i) {
        var name = node.enumDescriptions && node.enumDescriptions[i];
        input.appendChild(el('option', { value: code }, name ? name + ' (' + code + ')' : code));
      });
      if (value !== undefined && node['enum'].indexOf(value) < 0) input.appendChild(el('option', { value: String(value) }, String(value)));
      input.value = value === undefined ? '' : String(value);
    } else if (isBool) {
      input = el('input', { type: 'checkbox', 'class': 'ds-input' });
      input.checked = value === true;
    } else if (node.type === 'integer' || node.type === 'number') {
      input = el('input', { type: 'number', 'class': 'ds-input', step: node.type === 'integer' ? '1' : 'any',
        min: node.minimum, max: node.maximum, inputmode: 'numeric' });
      input.value = value === undefined ? '' : String(value);
    } else if (LONG.indexOf(key) >= 0 || p.indexOf('/responsibilities') === 0) {
      input = el('textarea', { 'class': 'ds-input', rows: '4' });
      input.value = value === undefined ? '' : String(value);
    } else {
      var type = node.format === 'date' ? 'date' : node.format === 'email' ? 'email' : 'text';
      input = el('input', { type: type, 'class': 'ds-input' });
      input.value = value === undefined ? '' : (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      if (type === 'date' && input.value && !/^\d{4}-\d{2}-\d{2}$/.test(input.value)) { input.type = 'text'; input.value = String(value); }
    }
    input.id = id;
    input.setAttribute('data-pointer', p);
    if (required) input.setAttribute('aria-required', 'true');
    var label = labelled(el('label', { 'class': 'ds-label', 'for': id }), title, required);
    if (isBool) { wrap.classList.add('field--check'); wrap.appendChild(input); wrap.appendChild(label); }
    else wrap.appendChild(label);
    var d = describe(wrap, node, p);
    if (d) input.setAttribute('aria-describedby', d);
    if (!isBool) wrap.appendChild(input);
    input.addEventListener(isBool || input.tagName === 'SELECT' ? 'change' : 'input', function () {
      var v;
      if (isBool) v = input.checked;
      else if (input.type === 'number') v = input.value === '' ? undefined : (/^-?\d+$/.test(input.value) ? parseInt(input.value, 10) : input.value);
      else v = input.value === '' ? undefined : input.value;
      setAt(p, v);
      changed(false);
    });
    return wrap;
  }

  /* ---------- change flow ---------- */
  function changed(structural) {
    yamlUnread = false;
    if (structural) renderForm();
    $('yaml-text').value = toYaml();
    hideYamlError();
    scheduleValidate();
  }
  /*
   * The findings summary's data-state says where the check is (pending, checking, done, failed): a
   * change drops the answer still on its way, since it is about text that is no longer there.
   */
  function checkState(state) { $('findings-summary').setAttribute('data-state', state); }
  function scheduleValidate() {
    clearTimeout(validateTimer);
    validateSeq++;
    checkState('pending');
    validateTimer = setTimeout(validate, 400);
  }
  function hideYamlError() { $('yaml-error').hidden = true; $('yaml-error').textContent = ''; }

  function validate() {
    var seq = ++validateSeq;
    checkState('checking');
    $('findings-summary').textContent = t('checking');
    api('/api/validate?lang=' + lang, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: agreementText() })
      .then(function (r) {
        if (r.status === 413) throw new Error(t('tooBig'));
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (report) { if (seq === validateSeq) setFindings(report); })
      .catch(function (e) {
        if (seq !== validateSeq) return;
        checkState('failed');
        $('findings-summary').textContent = t('validateError') + ' ' + e.message;
      });
  }
  function setFindings(report) {
    findings = [];
    (report.files || []).forEach(function (f) { findings = findings.concat(f.findings || []); });
    var errors = findings.filter(function (f) { return f.severity === 'error' && !f.waived; }).length;
    var warnings = findings.filter(function (f) { return f.severity === 'warning' && !f.waived; }).length;
    $('findings-summary').textContent = findings.length ? t('count')(errors, warnings) : t('noFindings');
    $('btn-render').textContent = errors ? t('downloadDraft') : t('downloadContract');
    $('btn-render').setAttribute('data-draft', errors ? 'true' : 'false');
    renderFindingsList();
    showFindingsInForm();
    checkState('done');
  }

  /*
   * A finding about a missing element points at the object that should hold it (interfaces-v1), and
   * its message names the key, quoted («capacity», “capacity”). Shown at that key's own field or
   * section when the form has one and the agreement lacks it; otherwise at the object.
   */
  function missingTarget(f) {
    var quoted = /[«“]([A-Za-z][A-Za-z0-9]*)[»”]/g, m;
    var node = nodeAt(f.pointer || '');
    var props = node && node.properties;
    if (!props) return null;
    while ((m = quoted.exec(f.message || '')) !== null) {
      if (props[m[1]] && getAt(ptr(f.pointer || '', m[1])) === undefined) return ptr(f.pointer || '', m[1]);
    }
    return null;
  }
  function nodeAt(p) { /* the schema node of pointer p, or null */
    var node = resolve(schema);
    var s = segs(p);
    for (var i = 0; i < s.length && node; i++) {
      node = resolve(/^\d+$/.test(s[i]) && node.items ? node.items : (node.properties || {})[s[i]]);
      if (!Object.keys(node).length) return null;
    }
    return node;
  }
  function targetFor(f) {
    var missing = missingTarget(f);
    var exact = missing && document.querySelector('#agreement-form [data-pointer="' + cssEsc(missing) + '"]');
    return exact || nearest(f.pointer);
  }
  function nearest(p) { /* the input at the pointer, or the nearest ancestor that is in the form */
    var s = segs(p || '');
    while (true) {
      var q = s.length ? '/' + s.map(function (x) { return x.replace(/~/g, '~0').replace(/\//g, '~1'); }).join('/') : '';
      var e = document.querySelector('#agreement-form [data-pointer="' + cssEsc(q) + '"]');
      if (e) return e;
      if (!s.length) return null;
      s.pop();
    }
  }
  function showFindingsInForm() {
    document.querySelectorAll('#agreement-form .finding-msg').forEach(function (m) { m.remove(); });
    document.querySelectorAll('#agreement-form [aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    document.querySelectorAll('#agreement-form [data-base-describedby]').forEach(function (e) {
      var b = e.getAttribute('data-base-describedby');
      if (b) e.setAttribute('aria-describedby', b); else e.removeAttribute('aria-describedby');
      e.removeAttribute('data-base-describedby');
    });
    findings.forEach(function (f, i) {
      var target = targetFor(f);
      if (!target) return;
      var mid = 'finding-' + i;
      var color = f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'info';
      var msg = el('p', { 'class': 'ds-validation-message finding-msg', 'data-color': color, id: mid, 'data-size': 'sm' },
        t('severity')[f.severity] + ': ' + f.message);
      if (!target.hasAttribute('data-base-describedby')) target.setAttribute('data-base-describedby', target.getAttribute('aria-describedby') || '');
      target.setAttribute('aria-describedby', ((target.getAttribute('aria-describedby') || '') + ' ' + mid).trim());
      if (f.severity === 'error' && !f.waived && target.tagName !== 'FIELDSET') target.setAttribute('aria-invalid', 'true');
      if (target.tagName === 'FIELDSET') {
        var after = target.querySelector(':scope > .help') || target.querySelector(':scope > legend');
        after.insertAdjacentElement('afterend', msg);
      } else target.insertAdjacentElement('afterend', msg);
    });
  }

  function renderFindingsList() {
    var ul = $('findings-list');
    ul.textContent = '';
    findings.forEach(function (f) {
      var li = el('li', { 'class': 'finding', 'data-severity': f.severity });
      var color = f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'info';
      var head = el('p', { 'class': 'finding__head' });
      head.appendChild(el('span', { 'class': 'ds-tag', 'data-color': color, 'data-size': 'sm' }, t('severity')[f.severity] + (f.waived ? ' (' + t('waived') + ')' : '')));
      head.appendChild(el('code', { 'class': 'finding__rule' }, f.ruleId));
      li.appendChild(head);
      var go = el('button', { type: 'button', 'class': 'ds-button finding__go', 'data-variant': 'tertiary' }, f.message);
      go.setAttribute('aria-label', t('goToField') + ': ' + f.message);
      go.addEventListener('click', function () { focusFinding(f); });
      li.appendChild(go);
      /* A finding at the top (pointer "") is about the whole agreement: its line 1 says nothing. */
      if (f.pointer || (f.line && !hasPlace(f))) {
        var where = el('p', { 'class': 'finding__where', 'data-size': 'sm' });
        if (f.pointer) where.appendChild(el('code', { 'class': 'finding__pointer' }, f.pointer));
        if (f.line && (f.pointer || !hasPlace(f))) where.appendChild(el('span', { 'class': 'finding__line' }, (f.pointer ? ', ' : '') + t('at')(f.line, f.column || 1)));
        li.appendChild(where);
      }
      if (f.legalBasis) li.appendChild(legalLine(f.legalBasis));
      var box = el('div', { 'class': 'finding__explain', hidden: true, id: 'explain-' + Math.random().toString(36).slice(2) });
      var ex = el('button', { type: 'button', 'class': 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', 'aria-expanded': 'false', 'aria-controls': box.id }, t('explain'));
      ex.addEventListener('click', function () { toggleExplain(f, ex, box); });
      li.appendChild(ex);
      li.appendChild(box);
      ul.appendChild(li);
    });
  }
  function legalLine(lb) {
    var p = el('p', { 'class': 'ds-paragraph legal', 'data-size': 'sm' });
    var text = [lb.title || lb.instrument, lb.article].filter(Boolean).join(' ');
    p.appendChild(document.createTextNode(t('legalBasis') + ': '));
    if (lb.url && /^https:\/\//.test(lb.url)) p.appendChild(el('a', { 'class': 'ds-link', href: lb.url, target: '_blank', rel: 'noopener noreferrer' }, text || lb.url));
    else p.appendChild(document.createTextNode(text));
    return p;
  }
  function toggleExplain(f, btn, box) {
    if (!box.hidden) { box.hidden = true; btn.textContent = t('explain'); btn.setAttribute('aria-expanded', 'false'); return; }
    box.hidden = false; btn.textContent = t('hideExplain'); btn.setAttribute('aria-expanded', 'true');
    if (box.getAttribute('data-loaded')) return;
    box.textContent = t('checking');
    api('/api/explain/' + encodeURIComponent(f.ruleId) + '?lang=' + lang)
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (x) {
        box.textContent = '';
        box.setAttribute('data-loaded', '1');
        if (x.summary) box.appendChild(el('p', { 'class': 'ds-paragraph', 'data-size': 'sm' }, x.summary));
        if (x.why) { box.appendChild(el('h3', { 'class': 'ds-heading', 'data-size': '2xs' }, t('why'))); box.appendChild(el('p', { 'class': 'ds-paragraph', 'data-size': 'sm' }, x.why)); }
        if (x.fix) { box.appendChild(el('h3', { 'class': 'ds-heading', 'data-size': '2xs' }, t('fix'))); box.appendChild(el('p', { 'class': 'ds-paragraph', 'data-size': 'sm' }, x.fix)); }
        (x.legalBasis || []).forEach(function (lb) { box.appendChild(legalLine(lb)); });
      })
      .catch(function () { box.textContent = t('noExplanation'); });
  }
  /* Whether the finding has a place in the agreement (its pointer, "" for the whole); a text that cannot be read (parse) has none. */
  function hasPlace(f) { return f.ruleId !== 'parse' && typeof f.pointer === 'string'; }
  function focusFinding(f) {
    if (!hasPlace(f) && f.line) { focusLine(f.line, f.column || 1); return; }
    selectTab('form');
    var target = targetFor(f);
    if (!target) return;
    if (target.tagName === 'FIELDSET') { target.setAttribute('tabindex', '-1'); }
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  /* ---------- YAML view ---------- */
  /* A finding with a line but no place in the form (the text cannot be read): the caret goes to it in the YAML view. */
  function focusLine(line, column) {
    selectTab('yaml');
    var area = $('yaml-text'), lines = area.value.split('\n'), at = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    at = Math.min(at + column - 1, area.value.length);
    area.focus();
    area.setSelectionRange(at, at);
  }
  function onYamlInput() {
    clearTimeout(yamlTimer);
    yamlTimer = setTimeout(function () {
      var parsed;
      try { parsed = jsyaml.load($('yaml-text').value, { schema: jsyaml.JSON_SCHEMA }); }
      catch (e) { parsed = e; }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || parsed instanceof Error) {
        showYamlError(parsed instanceof Error ? parsed : null);
        yamlUnread = true;
        scheduleValidate();
        return;
      }
      hideYamlError();
      yamlUnread = false;
      model = parsed;
      renderForm();
      scheduleValidate();
    }, 300);
  }
  /* In the user's words, where js-yaml says where: its own message is English and technical, and the server's finding explains. */
  function showYamlError(error) {
    var box = $('yaml-error');
    box.hidden = false;
    var mark = error && error.mark;
    box.textContent = t('yamlError') + ' ' + (mark ? t('yamlAt')(mark.line + 1, mark.column + 1) : t('yamlNotMapping'));
  }
  /* A file that cannot be read as an agreement is kept as it is in the YAML view, with the server's findings for it. */
  function loadText(text) {
    var parsed;
    try { parsed = jsyaml.load(text, { schema: jsyaml.JSON_SCHEMA }); } catch (e) { parsed = e; }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || parsed instanceof Error) {
      $('yaml-text').value = text;
      yamlUnread = true;
      selectTab('yaml');
      showYamlError(parsed instanceof Error ? parsed : null);
      scheduleValidate();
      return;
    }
    model = parsed;
    changed(true);
  }

  /* ---------- tabs ---------- */
  function selectTab(which) {
    ['form', 'yaml'].forEach(function (w) {
      var on = w === which;
      $('tab-' + w).setAttribute('aria-selected', on ? 'true' : 'false');
      $('tab-' + w).tabIndex = on ? 0 : -1;
      $('panel-' + w).hidden = !on;
    });
  }

  /* ---------- toolbar ---------- */
  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: name });
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  function baseName() { return (typeof model.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(model.id)) ? model.id : 'praksisavtale'; }
  function render() {
    var draft = $('btn-render').getAttribute('data-draft') === 'true';
    api('/api/render?lang=' + lang + '&draft=' + draft, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: agreementText() })
      .then(function (r) {
        if (r.status === 422) return r.json().then(function (rep) { setFindings(rep); announce(t('renderHasErrors')); });
        if (!r.ok) throw new Error('HTTP ' + r.status);
        /* The server names the contract as the command line does (<id>-v<version>[-utkast].pdf). */
        var named = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
        var name = named ? named[1] : baseName() + (draft ? '-utkast' : '') + '.pdf';
        return r.blob().then(function (b) { download(b, name); announce(draft ? t('downloadedDraft') : t('downloaded')); });
      })
      .catch(function (e) { announce(t('renderError') + ' ' + e.message); });
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (e) {
      var v = t(e.getAttribute('data-t'));
      if (typeof v === 'string') e.textContent = v;
    });
    $('toolbar').setAttribute('aria-label', t('toolbar'));
    $('tablist').setAttribute('aria-label', t('tabs'));
    document.title = t('appName');
    $('btn-render').textContent = $('btn-render').getAttribute('data-draft') === 'true' ? t('downloadDraft') : t('downloadContract');
    if (!findings.length && !$('findings-summary').textContent) $('findings-summary').textContent = t('notChecked');
  }

  /* The schema with its titles and help texts in the page's language: the form speaks it too. */
  function loadSchema(then) {
    api('/api/schema?lang=' + lang).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (s) { schema = s; $('load-error').hidden = true; then(); })
      .catch(function () { var b = $('load-error'); b.hidden = false; b.textContent = t('schemaError'); });
  }

  function init() {
    $('lang').value = lang;
    applyTexts();
    $('lang').addEventListener('change', function () {
      lang = $('lang').value;
      params.set('lang', lang);
      history.replaceState(null, '', '?' + params.toString());
      applyTexts();
      loadSchema(function () { renderForm(); validate(); });
    });
    $('btn-new').addEventListener('click', function () { $('new-dialog').showModal(); });
    $('new-cancel').addEventListener('click', function () { $('new-dialog').close(); $('btn-new').focus(); });
    $('new-confirm').addEventListener('click', function () {
      $('new-dialog').close();
      model = emptyAgreement(); model.language = lang; changed(true); announce(t('newStarted'));
      $('btn-new').focus();
    });
    $('btn-open').addEventListener('click', function () { $('file-input').click(); });
    $('file-input').addEventListener('change', function () {
      var file = $('file-input').files[0];
      if (!file) return;
      file.text().then(function (text) { loadText(text); announce(t('opened')(file.name)); })
        .catch(function (e) { announce(t('fileError') + ' ' + e.message); });
      $('file-input').value = '';
    });
    $('btn-save').addEventListener('click', function () {
      download(new Blob([agreementText()], { type: 'application/yaml' }), baseName() + '.yaml');
      announce(t('saved'));
    });
    $('btn-render').addEventListener('click', render);
    $('yaml-text').addEventListener('input', onYamlInput);
    ['form', 'yaml'].forEach(function (w) { $('tab-' + w).addEventListener('click', function () { selectTab(w); }); });
    $('tablist').addEventListener('keydown', function (e) {
      if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].indexOf(e.key) < 0) return;
      var next = $('tab-form').getAttribute('aria-selected') === 'true' ? 'yaml' : 'form';
      if (e.key === 'Home') next = 'form'; if (e.key === 'End') next = 'yaml';
      selectTab(next); $('tab-' + next).focus(); e.preventDefault();
    });
    $('agreement-form').addEventListener('submit', function (e) { e.preventDefault(); });

    api('/api/portfolio', { method: 'GET' }).then(function (r) {
      if (r.ok) { $('portfolio-link').href = withToken('/api/portfolio'); $('portfolio-link').hidden = false; }
    }).catch(function () {});

    loadSchema(function () { model.language = lang; changed(true); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
