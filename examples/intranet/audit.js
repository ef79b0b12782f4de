// The demo portal's "Admin: catalog audit" page: the same documents as the catalog page, every
// learner of learners.json, and <sweetspot-audit>. The audit runs in this page (WebAssembly); a
// team choice re-runs it on that team alone, which is what a manager sees.
import { createEngine } from '/web/src/index.js';
import { defineAuditElement, resolveLocale } from '/web/src/ui.js';
import { pageText } from './i18n.js';
import { readPrefs, writePrefs } from './prefs.js';

const $ = (id) => document.getElementById(id);

// This page's own words; the portal's shared ones (brand, language, the catalog link) are in i18n.js.
const words = {
  en: {
    page: 'Admin: catalog audit',
    nav: 'Portal',
    skip: 'Skip to the audit',
    intro: 'Where the catalog meets the organization’s growth agenda and the learners’ own: run here, in this browser, over everyone’s profile. Pick a team for a manager’s view.',
    loading: 'Running the audit…',
    error: 'The audit could not be made: {message}',
    docTitle: 'Catalog audit · Northwind Learning',
  },
  de: {
    page: 'Admin: Katalog-Audit',
    nav: 'Portal',
    skip: 'Zum Audit springen',
    intro: 'Wo der Katalog auf die Wachstumsagenda der Organisation und die der Lernenden trifft: hier im Browser über alle Profile berechnet. Wählen Sie ein Team für die Sicht einer Führungskraft.',
    loading: 'Audit läuft…',
    error: 'Das Audit konnte nicht erstellt werden: {message}',
    docTitle: 'Katalog-Audit · Northwind Learning',
  },
  fr: {
    page: 'Admin : audit du catalogue',
    nav: 'Portail',
    skip: 'Aller à l’audit',
    intro: 'Là où le catalogue rencontre le programme de croissance de l’organisation et celui des apprenant·es : calculé ici, dans ce navigateur, sur tous les profils. Choisissez une équipe pour la vue d’un·e manager.',
    loading: 'Audit en cours…',
    error: 'L’audit n’a pas pu être établi : {message}',
    docTitle: 'Audit du catalogue · Northwind Learning',
  },
  es: {
    page: 'Admin: auditoría del catálogo',
    nav: 'Portal',
    skip: 'Ir a la auditoría',
    intro: 'Donde el catálogo se cruza con la agenda de crecimiento de la organización y la de cada participante: calculado aquí, en este navegador, sobre todos los perfiles. Elija un equipo para la vista de un mánager.',
    loading: 'Auditoría en curso…',
    error: 'No se pudo hacer la auditoría: {message}',
    docTitle: 'Auditoría del catálogo · Northwind Learning',
  },
};

function word(locale, key, params = {}) {
  const msg = words[locale]?.[key] ?? words.en[key] ?? key;
  return msg.replace(/\{(\w+)\}/g, (m, k) => (params[k] ?? m));
}


let locale = resolveLocale(readPrefs().locale ?? navigator.language);

function applyChrome() {
  document.documentElement.lang = locale;
  document.title = word(locale, 'docTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = pageText(locale, node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-audit-i18n]')) node.textContent = word(locale, node.dataset.auditI18n);
  for (const node of document.querySelectorAll('[data-audit-i18n-label]')) node.setAttribute('aria-label', word(locale, node.dataset.auditI18nLabel));
  $('locale-select').value = locale;
}

async function loadJSON(name) {
  const response = await fetch(`data/${name}.json`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`data/${name}.json: HTTP ${response.status}`);
  return response.json();
}

applyChrome();
defineAuditElement();
const audit = $('audit');
let engine;
let learners;
let documents;
try {
  const [taxonomy, organization, catalog, people] = await Promise.all(['taxonomy', 'organization', 'catalog', 'learners'].map(loadJSON));
  learners = people.learners;
  documents = { taxonomy, organization };
  engine = await createEngine();
  engine.load({ taxonomy, organization, catalog });
} catch (err) {
  const box = $('loading');
  box.setAttribute('role', 'alert');
  box.textContent = word(locale, 'error', { message: err?.message ?? String(err) });
  throw err;
}

audit.configure({ engine, learners, documents, locale, headingLevel: 1 });
$('loading').remove();

$('locale-select').addEventListener('change', (e) => {
  locale = resolveLocale(e.target.value);
  writePrefs({ locale });
  applyChrome();
  audit.locale = locale;
});

window.sweetspotAudit = { engine, audit, learners };
document.documentElement.dataset.ready = 'true';
