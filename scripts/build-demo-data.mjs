#!/usr/bin/env node
// Builds the intranet demo data (schema sweetspot/1) from real open data:
//   ESCO v1.1.1 skills + occupations (CC BY 4.0) and the MIT OpenCourseWare catalog (CC BY-NC-SA 4.0).
//
// Usage: node scripts/build-demo-data.mjs [path-to-shared-data]
//   default data path: ../shared/data relative to the repository root.
// Writes examples/intranet/data/{taxonomy,organization,catalog,learners,sample-classify,sample-audit}.json
// and ATTRIBUTION.md. No npm dependencies; the output is deterministic (same input -> same bytes).
// ESCO is read by the engine's own importer (engine.importFramework), the OCW export by scripts/csv.mjs.
//
// Licensing rule this script enforces: only course *titles* and *topic tags* leave the OCW export.
// CR_ABSTRACT (the course descriptions) is never read into the output.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEngine } from '../web/src/node.js';
import { readCsv } from './csv.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(REPO_ROOT, 'examples', 'intranet', 'data');
const SCHEMA = 'sweetspot/1';
const AS_OF = '2026-11-23';

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const byStr = (f) => (a, b) => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Lower-case word form used for all label matching ("Python 3" -> "python 3"). */
function normalize(s) {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

/** Readable id fragment: "C++" -> "c-plus-plus", "human-computer interaction" -> "human-computer-interaction". */
function slugify(s, maxLen = 60) {
  let slug = s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > maxLen) slug = slug.slice(0, maxLen).replace(/-[^-]*$/, ''); // cut at a word boundary
  return slug;
}

/** FNV-1a: a stable pseudo-random order for "pick a spread of courses" without Math.random. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

function fail(msg) {
  throw new Error(msg);
}

// ---------------------------------------------------------------------------------------------
// ESCO
// ---------------------------------------------------------------------------------------------
// Read through the engine's own ESCO importer (essential relations only, its default), so that the
// demo's taxonomy and the roles an admin imports come from the same reading of the same files.
const ESCO_FILES = ['skills_en.csv', 'broaderRelationsSkillPillar.csv', 'occupations_en.csv', 'occupationSkillRelations.csv'];

async function loadEsco(engine, dir) {
  const files = ESCO_FILES.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  const { document } = await engine.importFramework('esco', files);
  const skills = new Map(); // uri -> {uri, label, alts}
  const broader = new Map(); // uri -> Set(broader skill uri); links to skill groups are left out by the importer
  for (const s of document.taxonomy.skills) {
    skills.set(s.id, { uri: s.id, label: s.label, alts: s.aliases ?? [] });
    if (s.broader) broader.set(s.id, new Set(s.broader));
  }
  const occupations = new Map(); // preferred label -> {uri, label}
  const essential = new Map(); // occupation uri -> Set(skill uri)
  for (const r of document.organization.roles) {
    if (occupations.has(r.title)) fail(`ESCO occupation label is ambiguous: "${r.title}"`);
    occupations.set(r.title, { uri: r.id, label: r.title });
    essential.set(r.id, new Set(r.skills.map((k) => k.skill)));
  }
  const byLabel = new Map(); // exact preferred label -> [uri]
  for (const s of skills.values()) {
    if (!byLabel.has(s.label)) byLabel.set(s.label, []);
    byLabel.get(s.label).push(s.uri);
  }
  return { skills, broader, occupations, essential, byLabel };
}

/** The curated tables below name ESCO skills by preferred label; resolve them strictly. */
function skillUri(esco, label) {
  const uris = esco.byLabel.get(label);
  if (!uris) fail(`ESCO skill not found by preferred label: "${label}"`);
  if (uris.length > 1) fail(`ESCO preferred label is ambiguous: "${label}"`);
  return uris[0];
}

// ---------------------------------------------------------------------------------------------
// MIT OpenCourseWare
// ---------------------------------------------------------------------------------------------
function lastSegment(url) {
  return url.replace(/\/+$/, '').split('/').pop();
}

/**
 * The export comes from OCW's QA site and holds a few staff test sites ("Peter's test site",
 * "MB May 26 B", "OCW CI Test Course"). They are not courses. In the 2023-12-22 export this pattern
 * matches exactly those 18 rows and no real course (checked by hand).
 */
function isQaCourse(title) {
  return /\btests?\b.*\b(course|site)\b|\btest\s*(course|site)|^test$|testcourse|youtubetest|-test\b|^MB\b|september course/i.test(title);
}

function loadOcw(dir) {
  const rows = readCsv(path.join(dir, 'ocw_oer_export.csv'));
  const qa = rows.filter((r) => isQaCourse(r.CR_TITLE));
  const courses = rows.filter((r) => !isQaCourse(r.CR_TITLE)).map((r) => ({
    slug: lastSegment(r.CR_URL),
    title: r.CR_TITLE.trim(),
    topics: [...new Set(r.CR_KEYWORDS.split('|').map((t) => t.trim()).filter(Boolean))].sort(),
    keywords: [], // filled from fm_keywords_export.csv when that file is present
    // CR_ABSTRACT is deliberately not copied (license: titles and topics only).
  }));
  // Free-text keywords: optional file. Join = last path segment of zze_courseURL vs CR_URL (SOURCE.md).
  const fmFile = path.join(dir, 'fm_keywords_export.csv');
  let fmJoined = 0;
  if (fs.existsSync(fmFile)) {
    const bySlug = new Map(courses.map((c) => [c.slug, c]));
    for (const r of readCsv(fmFile)) {
      const c = bySlug.get(lastSegment(r.zze_courseURL || ''));
      if (!c) continue;
      const kws = (r.zzd_keywords || '').split(';').map((k) => k.trim()).filter(Boolean);
      if (kws.length && c.keywords.length === 0) fmJoined++;
      c.keywords = [...new Set([...c.keywords, ...kws])].sort();
    }
  }
  // Topic depth in OCW's 3-level tree: top-level topics are too broad to say much about a course.
  const tree = JSON.parse(fs.readFileSync(path.join(dir, 'ocw_topic_to_subtopics.json'), 'utf8'));
  const topLevel = new Set(Object.keys(tree));
  return { courses, topLevel, fmPresent: fs.existsSync(fmFile), fmJoined, qaExcluded: qa.length, total: rows.length };
}

// ---------------------------------------------------------------------------------------------
// Curated configuration: the fictional company and the crosswalks. Everything names ESCO skills by
// preferred label and is checked against the data, so a typo fails the build instead of vanishing.
// ---------------------------------------------------------------------------------------------

// OCW topic (CR_KEYWORDS) -> ESCO skills. OCW topics are subject areas, ESCO skills are abilities,
// and only a handful of topic names equal an ESCO label, so this crosswalk is hand-made. Topics not
// listed (e.g. "Chemistry", "Urban Studies") map to nothing beyond their top-level topic.
const TOPIC_SKILLS = {
  // top level
  'Business': ['business management principles'],
  'Engineering': ['engineering principles'],
  'Fine Arts': ['appreciate diverse cultural and artistic expression'],
  'Humanities': ['apply knowledge of social sciences and humanities'],
  'Mathematics': ['mathematics'],
  'Science': ['scientific research methodology'],
  'Social Science': ['apply knowledge of social sciences and humanities'],
  'Teaching and Education': ['apply teaching strategies'],
  'Energy': ['energy efficiency'],
  // computing
  'Computer Science': ['computer science'],
  'Algorithms and Data Structures': ['algorithms'],
  'Artificial Intelligence': ['principles of artificial intelligence'],
  'Programming Languages': ['computer programming'],
  'Software Design and Engineering': ['create software design'],
  'Theory of Computation': ['think abstractly'],
  'Computation': ['computer science'],
  'Data Mining': ['data mining', 'perform data mining'],
  'Computational Modeling and Simulation': ['run simulations'],
  'Numerical Simulation': ['run simulations'],
  'Graphics and Visualization': ['visual presentation techniques'],
  'Human-Computer Interfaces': ['human-computer interaction'],
  'Computer Networks': ['design computer network'],
  'Operating Systems': ['operating systems'],
  'Cryptography': ['ICT encryption'],
  'Computer Design and Engineering': ['computer engineering'],
  'Digital Systems': ['computer engineering'],
  'Information Technology': ['computer technology'],
  'Game Design': ['create concept of digital game'],
  'Robotics and Control Systems': ['robotics'],
  'Signal Processing': ['signal processing'],
  'Electronics': ['electronics'],
  'Electrical Engineering': ['electrical engineering'],
  'Telecommunications': ['telecommunications engineering'],
  'Systems Engineering': ['model based system engineering'],
  'Systems Design': ['design process'],
  // mathematics
  'Probability and Statistics': ['statistics', 'apply statistical analysis techniques'],
  'Linear Algebra': ['mathematics'],
  'Calculus': ['mathematics'],
  'Differential Equations': ['mathematics'],
  'Discrete Mathematics': ['mathematics'],
  'Algebra and Number Theory': ['mathematics'],
  'Topology and Geometry': ['mathematics'],
  'Mathematical Analysis': ['mathematics'],
  'Applied Mathematics': ['execute analytical mathematical calculations'],
  'Computational Science and Engineering': ['execute analytical mathematical calculations'],
  'Systems Optimization': ['execute analytical mathematical calculations'],
  'Mathematical Logic': ['think abstractly'],
  'Logic': ['think abstractly'],
  'Econometrics': ['statistics', 'economics'],
  // business and people
  'Management': ['business management principles'],
  'Leadership': ['leadership principles'],
  'Organizational Behavior': ['organisational structure'],
  'Industrial Relations and Human Resource Management': ['human resource management', 'labour legislation'],
  'Project Management': ['project management', 'perform project management'],
  'Operations Management': ['lead process optimisation'],
  'Supply Chain Management': ['supply chain management'],
  'Entrepreneurship': ['show entrepreneurial spirit'],
  'Innovation': ['innovation processes'],
  'Finance': ['financial management'],
  'Accounting': ['accounting'],
  'Marketing': ['marketing management'],
  'Business Ethics': ['ethics'],
  'Ethics': ['ethics'],
  'Communication': ['communication'],
  'Technical Writing': ['provide technical documentation'],
  'Academic Writing': ['write scientific publications'],
  'Rhetoric': ['address an audience'],
  'Curriculum and Teaching': ['curriculum objectives', 'prepare lesson content'],
  'Educational Technology': ['learning technologies', 'e-learning'],
  'Higher Education': ['teach in academic or vocational contexts'],
  'Psychology': ['psychology'],
  'Cognitive Science': ['cognitive psychology'],
  'Legal Studies': ['business law'],
  'Economics': ['economics'],
  'Microeconomics': ['economics'],
  'Macroeconomics': ['economics'],
  'Labor Economics': ['economics'],
  'Financial Economics': ['economics'],
  'Sustainability': ['sustainable development goals'],
  // humanities and arts
  'Linguistics': ['linguistics'],
  'Language': ['speak different languages'],
  'English as a Second Language': ['speak different languages'],
  'History': ['history'],
  'History of Science and Technology': ['history'],
  'Philosophy': ['philosophy'],
  'Music': ['evaluate musical ideas'],
  'Music Theory': ['evaluate musical ideas'],
  'Music Performance': ['express yourself creatively'],
  'Performance Arts': ['express yourself creatively'],
  'Creative Writing': ['think creatively'],
  'Visual Arts': ['appreciate diverse cultural and artistic expression'],
  'Art History': ['appreciate diverse cultural and artistic expression'],
  'Graphic Design': ['graphic design'],
};

// Words in course titles that name a skill in another grammatical form than ESCO's labels
// ("Negotiation" vs "negotiate compromises"). Matched like labels (whole words, normalized).
// Where ESCO has a knowledge/skill pair ("statistics" / "apply statistical analysis techniques"),
// a title maps to the knowledge unless it says "methods", "thinking" or "analysis", while the OCW
// topic crosswalk gives both; so a course called "Statistics..." leans to the knowledge.
const TITLE_TERMS = {
  'negotiation': ['negotiate compromises'],
  'conflict management': ['apply conflict management'],
  'leadership': ['leadership principles'],
  'coaching': ['coach employees'],
  'teams': ['teamwork principles'],
  'strategy': ['apply strategic thinking'],
  'strategic': ['apply strategic thinking'],
  'entrepreneurship': ['show entrepreneurial spirit'],
  'entrepreneurial': ['show entrepreneurial spirit'],
  'teaching': ['apply teaching strategies'],
  'human resource': ['human resource management'],
  'human resources': ['human resource management'],
  'industrial relations': ['labour legislation'],
  'working environment': ['labour legislation'],
  'employment': ['employment law'],
  'risk analysis': ['perform risk analysis'],
  'risk assessment': ['perform risk analysis'],
  'risk benefit analysis': ['perform risk analysis'],
  'decision analysis': ['perform risk analysis'],
  'programming': ['computer programming'],
  'software engineering': ['create software design'],
  'software construction': ['create software design', 'use software design patterns'],
  'software design': ['create software design'],
  'object oriented': ['object-oriented modelling'],
  'database': ['use databases'],
  'databases': ['use databases'],
  'technical communication': ['provide technical documentation'],
  'technical writing': ['provide technical documentation'],
  'public speaking': ['address an audience'],
  'statistical methods': ['apply statistical analysis techniques'],
  'statistical method': ['apply statistical analysis techniques'],
  'statistical thinking': ['apply statistical analysis techniques'],
  'data analysis': ['apply statistical analysis techniques'],
  'data science': ['perform data mining'],
  'visualization': ['visual presentation techniques', 'deliver visual presentation of data'],
  'probability': ['statistics'],
  'linear algebra': ['mathematics'],
  'calculus': ['mathematics'],
  'differential equations': ['mathematics'],
  'artificial intelligence': ['principles of artificial intelligence'],
  'neural networks': ['artificial neural networks'],
  'computer security': ['cyber security'],
  'systems security': ['cyber security'],
  'network security': ['cyber security'],
  'cryptography': ['ICT encryption'],
  'computer networks': ['design computer network'],
  'user interface': ['design user interface'],
  'innovation': ['innovation processes'],
  'marketing': ['marketing management'],
  'finance': ['financial management'],
  'music': ['evaluate musical ideas'],
};

// ESCO altLabels / labels that are false friends in course titles (checked by reading the matches):
// "Classical Mechanics" is physics, not ESCO's "mechanics" (machinery); "Source" and "Assembly" are
// programming tools in ESCO; "design" alone is an altLabel of "think creatively"; "communication
// systems" is telecommunications, not the skill "communication".
const TITLE_STOP = new Set([
  'design', 'data', 'computer', 'transport', 'mechanics', 'engineering mechanics', 'electronics',
  'source', 'spark', 'less', 'lead', 'guide', 'plan', 'report', 'schedule', 'interaction', 'experiment',
  'innovate', 'banking', 'assembly', 'digital communications', 'communication technology', 'unity',
  'manufacturing system', 'hydraulics', 'sensors', 'microchips', 'informatics', 'gps',
  'communication system', 'communication systems', 'communications systems', 'communication circuits',
  'wireless communications', 'digital communication', 'optical communication', 'speech communication',
  'data communication', 'communication networks', 'communication control',
]);

// The fictional company's roles, each an ESCO occupation (by preferred label) with a hand-picked subset of its
// *essential* skills (checked) and the level (0-5) the role requires.
const ROLES = [
  {
    id: 'software-developer', title: 'Software Developer', esco: 'software developer', next: ['software-architect', 'ict-project-manager'],
    skills: [
      ['computer programming', 3], ['debug software', 3], ['use software design patterns', 3],
      ['use software libraries', 3], ['integrated development environment software', 3],
      ['analyse software specifications', 2], ['provide technical documentation', 2],
      ['develop software prototype', 3], ['interpret technical requirements', 2],
      ['tools for software configuration management', 2], ['identify customer requirements', 2],
    ],
  },
  {
    id: 'software-architect', title: 'Software Architect', esco: 'software architect', next: [],
    skills: [
      ['define software architecture', 4], ['create software design', 4], ['systems development life-cycle', 3],
      ['object-oriented modelling', 3], ['unified modelling language', 3], ['analyse business requirements', 3],
      ['align software with system architectures', 4], ['define technical requirements', 3],
      ['build business relationships', 2],
    ],
  },
  {
    id: 'data-analyst', title: 'Data Analyst', esco: 'data analyst', next: ['data-scientist'],
    skills: [
      ['statistics', 3], ['apply statistical analysis techniques', 3], ['data mining', 2], ['perform data mining', 2],
      ['use databases', 3], ['query languages', 3], ['visual presentation techniques', 2],
      ['perform data cleansing', 3], ['business intelligence', 2], ['interpret current data', 3],
      ['execute analytical mathematical calculations', 2],
    ],
  },
  {
    id: 'data-scientist', title: 'Data Scientist', esco: 'data scientist', next: [],
    skills: [
      ['statistics', 4], ['data mining', 4], ['build recommender systems', 3], ['develop data processing applications', 3],
      ['deliver visual presentation of data', 3], ['execute analytical mathematical calculations', 4],
      ['think abstractly', 3], ['data models', 3], ['report analysis results', 3], ['perform scientific research', 3],
    ],
  },
  {
    id: 'ict-project-manager', title: 'ICT Project Manager', esco: 'ICT project manager', next: [],
    skills: [
      ['ICT project management', 3], ['ICT project management methodologies', 3], ['perform project management', 4],
      ['manage budgets', 3], ['perform risk analysis', 3], ['estimate duration of work', 3],
      ['manage project changes', 3], ['apply conflict management', 3], ['coach employees', 2],
      ['perform resource planning', 3], ['manage staff', 3],
    ],
  },
  {
    id: 'hr-specialist', title: 'HR Specialist', esco: 'human resources officer', next: ['hr-manager'],
    skills: [
      ['employment law', 3], ['labour legislation', 2], ['recruit employees', 3], ['interview people', 3],
      ['apply company policies', 3], ['observe confidentiality', 3], ['use communication techniques', 3],
      ['listen actively', 3], ['write work-related reports', 2], ['negotiate employment agreements', 2],
    ],
  },
  {
    id: 'hr-manager', title: 'HR Manager', esco: 'human resources manager', next: [],
    skills: [
      ['human resource management', 4], ['employment law', 3], ['organise staff assessment', 3],
      ['develop training programmes', 3], ['evaluate training', 3], ['track key performance indicators', 3],
      ['plan medium to long term objectives', 3], ['develop employee retention programs', 3], ['manage budgets', 3],
      ['ensure gender equality in the workplace', 3],
    ],
  },
  {
    id: 'learning-specialist', title: 'Learning & Development Specialist', esco: 'corporate trainer', next: ['learning-development-manager'],
    skills: [
      ['adult education', 3], ['apply teaching strategies', 3], ['prepare lesson content', 3], ['coach employees', 3],
      ['give constructive feedback', 3], ['teach corporate skills', 3], ['assessment processes', 2],
      ['curriculum objectives', 3], ['adapt teaching to target group', 3],
    ],
  },
  {
    id: 'learning-development-manager', title: 'Head of Learning & Development', esco: 'corporate training manager', next: ['hr-manager'],
    skills: [
      ['manage corporate training programmes', 4], ['develop corporate training programmes', 4],
      ['develop training programmes', 3], ['evaluate training', 4], ['apply strategic thinking', 3],
      ['project management', 3], ['track key performance indicators', 3],
      ['liaise with managers', 3], ['supervise staff', 3],
    ],
  },
];

// The organization's strategy ("improve", "future", "leadership" needs, plus job-wide ones).
// No OCW course teaches "cloud technologies": that priority is kept on purpose, because a real
// catalog has such gaps and the audit should show one.
const PRIORITIES = [
  { skill: 'machine learning', weight: 0.8, need: 'future',
    rationale: 'Northwind is adding machine-learning recommendations to the product in 2027, and every product team needs people who understand how those models work.' },
  { skill: 'principles of artificial intelligence', weight: 0.6, need: 'future',
    rationale: 'Customers ask how our AI features reach their answers, so we need staff who can explain AI plainly and use it responsibly.' },
  { skill: 'statistics', weight: 0.5, need: 'improve',
    rationale: 'We decide with data: anyone who reads a dashboard or runs an experiment should understand the statistics behind it.' },
  { skill: 'communication', weight: 0.5, need: 'improve',
    rationale: 'Customer surveys and our own retrospectives point to unclear hand-offs between teams; better communication is a company-wide goal this year.' },
  { skill: 'project management', weight: 0.45, need: 'improve',
    rationale: 'Most late deliveries in 2026 came from planning gaps, so we want solid project management in every team, not only in the PMO.' },
  { skill: 'leadership principles', weight: 0.5, need: 'leadership',
    rationale: 'We fill team-lead positions from within, and people should learn the basics of leading before they are handed a team.' },
  { skill: 'ethics', weight: 0.4, need: 'job',
    rationale: 'We process learner data for our customers, and ethical judgement about that data is part of every job at Northwind.' },
  { skill: 'cloud technologies', weight: 0.7, need: 'future',
    rationale: 'The platform moves to the cloud in 2027, and teams that understand cloud services will ship faster and more safely.' },
  { skill: 'human-computer interaction', weight: 0.4, need: 'improve',
    rationale: 'Usability complaints are our top support cost, so designing with users in mind pays off directly.' },
];

// Compliance courses (OCW slugs): computing ethics, ethics & law of data, respectful workplace.
const MANDATORY = [
  'res-tll-007-case-studies-in-social-and-ethical-responsibilities-of-computing-fall-2021',
  '6-805-ethics-and-the-law-on-the-electronic-frontier-fall-2005',
  'wgs-150-gender-power-leadership-and-the-workplace-spring-2015',
];

const GROWTH = [
  { name: 'Northwind Insights', roles: ['data-analyst', 'data-scientist'],
    skills: ['machine learning', 'statistics', 'data mining', 'build recommender systems'],
    rationale: 'Our new analytics product line opens data analyst and data scientist roles in 2027; people who build these skills now are first in line.' },
  { name: 'Platform 2027', roles: ['software-architect'],
    skills: ['define software architecture', 'create software design', 'cloud technologies'],
    rationale: 'The re-architecture of the platform needs two more software architects, and we want to grow them from our own developers.' },
  { name: 'Northwind Academy', roles: ['learning-development-manager', 'learning-specialist'],
    skills: ['develop corporate training programmes', 'e-learning', 'learning technologies'],
    rationale: 'As the customer academy doubles in size, Learning & Development needs more course designers and a second L&D lead.' },
];

const POLICY = {
  thresholds: { personal: 0.25, org: 0.25 },
  gifts: {
    allowed: true,
    note: 'Northwind supports this as a gift: use up to two learning days a year for it, or take it on your own time. Tell your manager so we can celebrate it.',
  },
};

// Three learners: a developer with a rich agenda, an L&D specialist 3+ years in role (stagnation
// candidate) and a newcomer with no personal agenda yet.
const LEARNERS = [
  {
    id: 'u-1001', name: 'Maya Lindqvist', team: 'Platform Engineering', role: 'software-developer', roleSince: '2025-03-03',
    aspirations: ['software-architect'],
    interests: [
      ['machine learning', 0.9], ['principles of artificial intelligence', 0.7], ['robotics', 0.6],
      ['evaluate musical ideas', 0.7], ['leadership principles', 0], // 0 = "not for me": she wants to stay technical
    ],
    proficiency: [
      ['computer programming', 3], ['Python (computer programming)', 3], ['debug software', 3],
      ['use software libraries', 3], ['integrated development environment software', 3],
      ['use software design patterns', 2], ['analyse software specifications', 2], ['develop software prototype', 2],
      ['interpret technical requirements', 2], ['tools for software configuration management', 2],
      ['identify customer requirements', 1], ['provide technical documentation', 1], ['algorithms', 2],
      ['mathematics', 2], ['statistics', 1], ['machine learning', 0], ['communication', 2],
    ],
    feedback: [['provide technical documentation', 0.6], ['communication', 0.5]],
    completed: ['6-0001-introduction-to-computer-science-and-programming-in-python-fall-2016'],
  },
  {
    id: 'u-1002', name: 'Daniel Osei', team: 'People & Learning', role: 'learning-specialist', roleSince: '2023-05-15',
    aspirations: ['learning-development-manager'],
    interests: [['psychology', 0.8], ['learning technologies', 0.7], ['leadership principles', 0.5]],
    proficiency: [
      ['adult education', 3], ['apply teaching strategies', 3], ['prepare lesson content', 3], ['coach employees', 2],
      ['give constructive feedback', 3], ['teach corporate skills', 3], ['assessment processes', 2],
      ['curriculum objectives', 2], ['adapt teaching to target group', 3], ['communication', 3], ['psychology', 1],
    ],
    feedback: [['coach employees', 0.5]],
    completed: ['res-tll-007-case-studies-in-social-and-ethical-responsibilities-of-computing-fall-2021'],
  },
  {
    id: 'u-1003', name: 'Priya Raman', team: 'Insights', role: 'data-analyst', roleSince: '2026-10-05',
    aspirations: [], interests: [], feedback: [], completed: [],
    proficiency: [['statistics', 2], ['use databases', 2], ['query languages', 2], ['mathematics', 3], ['SQL', 2]],
  },
];

// Skills whose direct narrower ESCO skills join the taxonomy too (programming languages, agile
// methods, build tools...): an LMS adapter can then map a tag like "Kotlin" or "Scrum" onto them, and
// a need for the broad skill is partly met by a course on a narrow one.
const EXPAND_NARROWER = [
  'computer programming', 'ICT project management methodologies', 'tools for software configuration management',
  'integrated development environment software', 'query languages', 'principles of artificial intelligence',
  'cloud technologies', 'statistics', 'data mining', 'database management systems', 'learning management systems',
];

// Catalog shape: how many courses, and from which areas the "no strategic match" ones come.
const CORE_MAX = 270; // courses teaching a skill some role, priority, initiative or learner names
const BREADTH_PER_TOPIC = 9; // per top-level OCW topic, courses that match no such skill
const MAX_SKILLS_PER_COURSE = 5;
const ALIASES_MAX = 5;

// ---------------------------------------------------------------------------------------------
// Course -> skill mapping
// ---------------------------------------------------------------------------------------------

/**
 * Phrase index for titles (and free-text keywords): normalized phrase -> Set(skill uri).
 * Preferred labels count at any length; ESCO altLabels only with 2+ words, because single-word
 * altLabels are mostly too broad ("design" is an altLabel of "think creatively").
 * "Python (computer programming)" is also indexed as "python".
 */
function buildPhraseIndex(esco) {
  const index = new Map();
  const add = (phrase, uri) => {
    const k = normalize(phrase);
    if (k.length < 3 || TITLE_STOP.has(k)) return;
    if (!index.has(k)) index.set(k, new Set());
    index.get(k).add(uri);
  };
  const preferred = new Set();
  for (const s of esco.skills.values()) {
    add(s.label, s.uri);
    preferred.add(normalize(s.label));
    const m = s.label.match(/^(.*?)\s*\(computer programming\)$/);
    if (m) { add(m[1], s.uri); preferred.add(normalize(m[1])); }
  }
  for (const s of esco.skills.values()) {
    for (const a of s.alts) {
      const k = normalize(a);
      if (k.split(' ').length < 2 || preferred.has(k)) continue; // a preferred label wins over altLabels
      add(a, s.uri);
    }
  }
  // A label phrase shared by more than two skills says nothing specific: drop it.
  for (const [k, uris] of index) if (uris.size > 2) index.delete(k);
  // Curated title terms come last so they are never dropped by the rule above.
  for (const [term, labels] of Object.entries(TITLE_TERMS)) {
    for (const l of labels) add(term, skillUri(esco, l));
  }
  // Stop phrases stay in the index with no skill: a longest match on them consumes the words, so
  // "communication systems" does not fall back to "communication".
  for (const k of TITLE_STOP) index.set(k, new Set());
  return index;
}

/** Longest-first, left-to-right whole-word phrase matching. */
function matchPhrases(text, index, maxWords = 6) {
  const words = normalize(text).split(' ').filter(Boolean);
  const found = new Set();
  for (let i = 0; i < words.length; ) {
    let advanced = false;
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const hit = index.get(words.slice(i, i + n).join(' '));
      if (hit) { for (const u of hit) found.add(u); i += n; advanced = true; break; }
    }
    if (!advanced) i++;
  }
  return found;
}

/**
 * Candidate skills of a course with a score: title match 3, free-text keyword 2, OCW subtopic or
 * speciality 2, top-level topic 1. Scores add up. Keeps at most 5 skills, none below 40% of the top
 * one, so a broad topic tag cannot crowd out what the title says.
 */
function mapCourse(course, esco, index, topLevel) {
  const score = new Map();
  const bump = (uri, s) => score.set(uri, (score.get(uri) || 0) + s);
  for (const u of matchPhrases(course.title, index)) bump(u, 3);
  const kwHits = new Set();
  for (const kw of course.keywords) for (const u of matchPhrases(kw, index)) kwHits.add(u);
  for (const u of kwHits) bump(u, 2);
  const topicHits = new Map();
  for (const t of course.topics) {
    for (const l of TOPIC_SKILLS[t] || []) {
      const u = skillUri(esco, l);
      topicHits.set(u, Math.max(topicHits.get(u) || 0, topLevel.has(t) ? 1 : 2));
    }
  }
  for (const [u, s] of topicHits) bump(u, s);
  const ranked = [...score]
    .map(([uri, s]) => ({ uri, score: s, label: esco.skills.get(uri).label }))
    .sort((a, b) => b.score - a.score || cmp(a.label, b.label));
  if (ranked.length === 0) return [];
  const top = ranked[0].score;
  return ranked.filter((c) => c.score >= 0.4 * top).slice(0, MAX_SKILLS_PER_COURSE);
}

/**
 * Level a completer reaches (1-4), from the MIT subject number and the title. MIT numbers
 * subjects so that x.0xx are first-year/introductory and x.8xx-x.9xx are mostly graduate.
 */
function courseLevel(slug, title) {
  const m = slug.match(/^[a-z0-9]+-([0-9]+)/);
  let level = 2;
  if (m) {
    const d = Number(m[1][0]);
    level = d === 0 ? 2 : d >= 8 ? 4 : 3;
  }
  const t = title.toLowerCase();
  if (/\b(introduction|introductory|intro|fundamentals|elementary|gentle|preparation|beginning|basics)\b/.test(t)) {
    level = m && m[1][0] === '0' ? 1 : Math.min(level, 2);
  }
  if (/\b(advanced|graduate|seminar|special topics|topics in|research)\b/.test(t)) level = 4;
  return level;
}

/** Shares in steps of 0.05 that add up to exactly 1 (largest-remainder rounding). */
function shares(scores) {
  const total = scores.reduce((a, b) => a + b, 0);
  const units = scores.map((s) => (s / total) * 20);
  const floor = units.map((u) => Math.max(1, Math.floor(u)));
  let left = 20 - floor.reduce((a, b) => a + b, 0);
  const order = units.map((u, i) => ({ i, r: u - Math.floor(u) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) floor[order[k].i]++;
  for (let k = floor.length - 1; left < 0; k = (k - 1 + floor.length) % floor.length) {
    if (floor[k] > 1) { floor[k]--; left++; }
  }
  return floor.map((f) => Math.round(f * 5) / 100);
}

/** Year of an OCW run from its slug ("...-fall-2016"); 0 when absent. */
function runYear(slug) {
  const years = slug.match(/(19|20)\d\d/g);
  return years ? Number(years[years.length - 1]) : 0;
}

// ---------------------------------------------------------------------------------------------
// Catalog selection
// ---------------------------------------------------------------------------------------------

/**
 * Keeps one run per course title (the newest), since OCW often publishes several runs of a course;
 * "(SMA 5502)"-style suffixes are ignored so a cross-listed copy counts as the same course.
 */
const titleKey = (c) => normalize(c.title.replace(/\([^)]*\)/g, ' '));

function dedupeRuns(courses) {
  const best = new Map();
  for (const c of courses) {
    const k = titleKey(c);
    const b = best.get(k);
    if (!b || runYear(c.slug) > runYear(b.slug) || (runYear(c.slug) === runYear(b.slug) && c.slug < b.slug)) best.set(k, c);
  }
  return [...best.values()];
}

function selectCourses(mapped, focus, forced, topLevel) {
  const chosen = new Map();
  for (const slug of forced) {
    const c = mapped.find((m) => m.slug === slug);
    if (!c) fail(`forced course not in the OCW export (or maps to no skill): ${slug}`);
    chosen.set(slug, c);
  }
  // Other runs of a forced course stay out, so the catalog never lists a title twice.
  const forcedTitles = new Set([...chosen.values()].map(titleKey));
  const pool = dedupeRuns(mapped.filter((c) => !forcedTitles.has(titleKey(c))));
  // Core: courses that teach a skill the organization or a learner names. Taken round-robin over
  // those skills, so one popular subject (history, computer science) cannot fill the catalog and
  // every named skill that OCW teaches at all gets some courses. Within a skill, courses whose main
  // skill it is come first, then by match strength, then in a stable pseudo-random order.
  const queues = [...focus]
    .map((uri) => pool
      .map((c) => ({ c, s: c.skills.find((x) => x.uri === uri) }))
      .filter((x) => x.s)
      .sort((a, b) => (b.s === b.c.skills[0]) - (a.s === a.c.skills[0]) || b.s.score - a.s.score
        || fnv1a(a.c.slug) - fnv1a(b.c.slug) || cmp(a.c.slug, b.c.slug))
      .map((x) => x.c))
    .filter((q) => q.length > 0);
  const next = queues.map(() => 0);
  for (let taken = 0, progress = true; taken < CORE_MAX && progress; ) {
    progress = false;
    queues.forEach((q, k) => {
      while (next[k] < q.length && chosen.has(q[next[k]].slug)) next[k]++;
      if (taken >= CORE_MAX || next[k] >= q.length) return;
      chosen.set(q[next[k]].slug, q[next[k]]);
      taken++;
      progress = true;
    });
  }
  const focusSet = new Set(focus);
  const relevance = (c) => c.skills.filter((s) => focusSet.has(s.uri)).length;

  // Breadth: a spread of courses from every area that match nothing strategic (music, chemistry...),
  // so a real catalog's Waste and Gift courses are there too.
  const rest = pool.filter((c) => relevance(c) === 0);
  for (const topic of [...topLevel].sort()) {
    const inTopic = rest
      .filter((c) => c.topics.includes(topic) && !chosen.has(c.slug))
      .sort((a, b) => fnv1a(a.slug) - fnv1a(b.slug) || cmp(a.slug, b.slug));
    for (const c of inTopic.slice(0, BREADTH_PER_TOPIC)) chosen.set(c.slug, c);
  }
  return [...chosen.values()].sort(byStr((c) => c.slug));
}

// ---------------------------------------------------------------------------------------------
// Taxonomy subset
// ---------------------------------------------------------------------------------------------

/** Adds every ESCO skill that is broader than a kept one (skill -> skill links only). */
function closeUpward(keep, esco) {
  const stack = [...keep];
  while (stack.length) {
    const u = stack.pop();
    for (const b of esco.broader.get(u) || []) if (!keep.has(b)) { keep.add(b); stack.push(b); }
  }
  return keep;
}

/**
 * Short readable ids: "esco-" + slug of the preferred label; a trailing qualifier such as
 * "(computer programming)" is dropped ("esco-python") unless that collides. Remaining collisions
 * get -2, -3 in URI order.
 */
function assignIds(uris, esco) {
  const short = (u) => esco.skills.get(u).label.replace(/\s*\([^)]*\)$/, '');
  const count = new Map();
  for (const u of uris) count.set(slugify(short(u)), (count.get(slugify(short(u))) || 0) + 1);
  const ids = new Map();
  const used = new Set();
  for (const u of [...uris].sort()) {
    let base = 'esco-' + (count.get(slugify(short(u))) > 1 ? slugify(esco.skills.get(u).label) : slugify(short(u)));
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    ids.set(u, id);
  }
  return ids;
}

/** Removes the broader links that would close a cycle (none expected in ESCO; kept as a guard). */
function breakCycles(skills) {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const state = new Map(); // 1 = on stack, 2 = done
  let dropped = 0;
  const visit = (s) => {
    state.set(s.id, 1);
    for (const b of [...(s.broader || [])]) {
      if (state.get(b) === 1) {
        s.broader = s.broader.filter((x) => x !== b);
        dropped++;
      } else if (!state.has(b)) visit(byId.get(b));
    }
    state.set(s.id, 2);
  };
  for (const s of skills) if (!state.has(s.id)) visit(s);
  for (const s of skills) if (s.broader && s.broader.length === 0) delete s.broader;
  return dropped;
}

/**
 * Up to 5 altLabels. ESCO lists some skills' altLabels in no useful order ("computer programming"
 * starts with obscure language names), so prefer the ones that share a word with the label (shorter
 * first), then the rest in ESCO's order. Case-insensitive duplicates of the label or of each other,
 * and 1-2 letter labels (too ambiguous for tag matching), are left out.
 */
function aliasesOf(skill) {
  const labelWords = new Set(normalize(skill.label).split(' '));
  const seen = new Set([skill.label.toLowerCase()]);
  const candidates = [];
  skill.alts.forEach((a, order) => {
    const k = a.toLowerCase();
    if (seen.has(k) || a.length < 3) return;
    seen.add(k);
    const shares = normalize(a).split(' ').some((w) => labelWords.has(w));
    candidates.push({ a, shares, order });
  });
  return candidates
    .sort((x, y) => (y.shares - x.shares) || (x.shares ? x.a.length - y.a.length : 0) || x.order - y.order)
    .slice(0, ALIASES_MAX)
    .map((c) => c.a)
    .sort(cmp);
}

// ---------------------------------------------------------------------------------------------
// Checking and scoring: the engine's own, so the demo data is valid exactly when the engine says so
// (errors and warnings alike: every reference must resolve) and the summary shows its quadrants.
// ---------------------------------------------------------------------------------------------
function validate(engine, documents) {
  const report = engine.validate({ schema: SCHEMA, ...documents });
  if (!report.valid) fail(`validation failed: ${report.error.message}`);
  if (report.warnings.length) {
    fail('validation failed:\n  ' + report.warnings.slice(0, 40).map((w) => `${w.path}: ${w.message}`).join('\n  '));
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
async function main() {
  const engine = await createEngine();
  const dataDir = path.resolve(process.argv[2] || path.join(REPO_ROOT, '..', 'shared', 'data'));
  const esco = await loadEsco(engine, path.join(dataDir, 'esco'));
  const ocw = loadOcw(path.join(dataDir, 'mit_ocw'));

  // Roles: check each picked skill really is an essential skill of the ESCO occupation.
  for (const r of ROLES) {
    const occ = esco.occupations.get(r.esco) || fail(`ESCO occupation "${r.esco}" not found`);
    const ess = esco.essential.get(occ.uri) || new Set();
    for (const [label] of r.skills) {
      if (!ess.has(skillUri(esco, label))) fail(`"${label}" is not an essential skill of the ESCO occupation "${occ.label}"`);
    }
  }

  // Skills the organization or a learner names: the core of the catalog is chosen around them.
  const focus = new Set();
  for (const r of ROLES) for (const [l] of r.skills) focus.add(skillUri(esco, l));
  for (const p of PRIORITIES) focus.add(skillUri(esco, p.skill));
  for (const g of GROWTH) for (const l of g.skills) focus.add(skillUri(esco, l));
  for (const l of LEARNERS) {
    for (const [s, v] of l.interests) if (v > 0) focus.add(skillUri(esco, s));
    for (const [s] of l.feedback) focus.add(skillUri(esco, s));
  }

  const index = buildPhraseIndex(esco);
  const mapped = ocw.courses
    .map((c) => ({ ...c, skills: mapCourse(c, esco, index, ocw.topLevel) }))
    .filter((c) => c.skills.length > 0);
  const forced = [...new Set([...MANDATORY, ...LEARNERS.flatMap((l) => l.completed)])];
  const selected = selectCourses(mapped, [...focus].sort(byStr((u) => esco.skills.get(u).label)), forced, ocw.topLevel);

  // Taxonomy: every skill named anywhere, closed upward over ESCO skill -> skill broader links.
  const keep = new Set(focus);
  for (const r of ROLES) for (const [l] of r.skills) keep.add(skillUri(esco, l));
  for (const c of selected) for (const s of c.skills) keep.add(s.uri);
  for (const l of LEARNERS) for (const [s] of [...l.interests, ...l.proficiency, ...l.feedback]) keep.add(skillUri(esco, s));
  // The roles' other essential skills: lets an admin extend role profiles without leaving the subset.
  for (const r of ROLES) for (const u of esco.essential.get(esco.occupations.get(r.esco).uri)) keep.add(u);
  const narrower = new Map();
  for (const [u, bs] of esco.broader) for (const b of bs) narrower.set(b, [...(narrower.get(b) || []), u]);
  for (const l of EXPAND_NARROWER) {
    const u = skillUri(esco, l);
    keep.add(u);
    for (const n of narrower.get(u) || []) keep.add(n);
  }
  closeUpward(keep, esco);
  const ids = assignIds(keep, esco);
  const sid = (label) => ids.get(skillUri(esco, label));

  const taxonomySkills = [...keep]
    .map((u) => {
      const s = esco.skills.get(u);
      const out = { id: ids.get(u), label: s.label };
      const aliases = aliasesOf(s);
      if (aliases.length) out.aliases = aliases;
      const broader = [...(esco.broader.get(u) || [])].filter((b) => keep.has(b)).map((b) => ids.get(b)).sort(cmp);
      if (broader.length) out.broader = broader;
      return out;
    })
    .sort(byStr((s) => s.id));
  const cyclesDropped = breakCycles(taxonomySkills);
  const taxonomy = { schema: SCHEMA, skills: taxonomySkills };

  const organization = {
    schema: SCHEMA,
    roles: ROLES.map((r) => {
      const out = {
        id: r.id,
        title: r.title,
        skills: r.skills.map(([l, level]) => ({ skill: sid(l), level })).sort(byStr((s) => s.skill)),
      };
      if (r.next.length) out.next = [...r.next].sort(cmp);
      return out;
    }).sort(byStr((r) => r.id)),
    priorities: PRIORITIES.map((p) => ({ skill: sid(p.skill), weight: p.weight, need: p.need, rationale: p.rationale }))
      .sort(byStr((p) => p.skill)),
    mandatory: [...MANDATORY].sort(cmp),
    growth: GROWTH.map((g) => ({
      name: g.name,
      rationale: g.rationale,
      skills: g.skills.map(sid).sort(cmp),
      roles: [...g.roles].sort(cmp),
    })).sort(byStr((g) => g.name)),
    policy: POLICY,
  };

  const catalog = {
    schema: SCHEMA,
    courses: selected.map((c) => {
      const level = courseLevel(c.slug, c.title);
      const top = c.skills[0].score;
      const weights = shares(c.skills.map((s) => s.score));
      const skills = c.skills
        .map((s, i) => ({ skill: ids.get(s.uri), level: s.score === top ? level : Math.max(1, level - 1), weight: weights[i] }))
        .sort(byStr((s) => s.skill));
      return { id: c.slug, title: c.title, skills, language: 'en', format: 'self-paced', tags: c.topics };
    }),
  };

  const learners = {
    schema: SCHEMA,
    learners: LEARNERS.map((l) => ({
      id: l.id,
      name: l.name,
      team: l.team,
      role: l.role,
      roleSince: l.roleSince,
      aspirations: [...l.aspirations].sort(cmp),
      interests: l.interests.map(([s, strength]) => ({ skill: sid(s), strength })).sort(byStr((x) => x.skill)),
      proficiency: l.proficiency.map(([s, level]) => ({ skill: sid(s), level })).sort(byStr((x) => x.skill)),
      feedback: l.feedback.map(([s, need]) => ({ skill: sid(s), need })).sort(byStr((x) => x.skill)),
      completed: [...l.completed].sort(cmp),
    })).sort(byStr((l) => l.id)),
  };

  const strip = ({ schema, ...rest }) => rest;
  validate(engine, { taxonomy: strip(taxonomy), organization: strip(organization), catalog: strip(catalog), learners: learners.learners });

  // Combined documents for the CLI demo: "schema" only at the top.
  const sampleClassify = {
    schema: SCHEMA,
    taxonomy: strip(taxonomy),
    organization: strip(organization),
    catalog: strip(catalog),
    learner: learners.learners[0],
    asOf: AS_OF,
  };
  const sampleAudit = {
    schema: SCHEMA,
    taxonomy: strip(taxonomy),
    organization: strip(organization),
    catalog: strip(catalog),
    learners: learners.learners,
    asOf: AS_OF,
  };

  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeJson(path.join(OUT_DIR, 'taxonomy.json'), taxonomy);
  writeJson(path.join(OUT_DIR, 'organization.json'), organization);
  writeJson(path.join(OUT_DIR, 'catalog.json'), catalog);
  writeJson(path.join(OUT_DIR, 'learners.json'), learners);
  writeJson(path.join(OUT_DIR, 'sample-classify.json'), sampleClassify);
  writeJson(path.join(OUT_DIR, 'sample-audit.json'), sampleAudit);
  fs.writeFileSync(path.join(OUT_DIR, 'ATTRIBUTION.md'), attribution(readSourceCommits(dataDir), ocw));

  // Summary
  const size = (f) => `${(fs.statSync(path.join(OUT_DIR, f)).size / 1024).toFixed(0)} KB`;
  const links = taxonomy.skills.reduce((a, s) => a + (s.broader || []).length, 0);
  const skillCount = new Map();
  for (const c of catalog.courses) for (const s of c.skills) skillCount.set(s.skill, (skillCount.get(s.skill) || 0) + 1);
  const levels = [1, 2, 3, 4].map((l) => catalog.courses.filter((c) => Math.max(...c.skills.map((s) => s.level)) === l).length);
  console.log(`data: ${dataDir}`);
  console.log(`taxonomy:     ${taxonomy.skills.length} skills, ${links} broader links (${cyclesDropped} dropped to break cycles)  ${size('taxonomy.json')}`);
  console.log(`organization: ${organization.roles.length} roles, ${organization.priorities.length} priorities, ${organization.mandatory.length} mandatory, ${organization.growth.length} growth initiatives`);
  console.log(`catalog:      ${catalog.courses.length} courses of ${ocw.total} (${ocw.qaExcluded} QA test sites excluded, ${mapped.length} map to a skill), ${skillCount.size} distinct skills, course levels 1-4: ${levels.join('/')}  ${size('catalog.json')}`);
  console.log(`keywords:     fm_keywords_export.csv ${ocw.fmPresent ? `joined to ${ocw.fmJoined} courses` : 'not present: titles and OCW topics only'}`);
  console.log(`learners:     ${learners.learners.length}`);
  for (const l of engine.auditDocument(sampleAudit).learnerResults) {
    const q = l.summary;
    console.log(`  ${l.learner} ${l.role}: quadrants sweet_spot ${q.sweet_spot}, uphill ${q.uphill}, gift ${q.gift}, waste ${q.waste}`);
  }
  engine.dispose();
  console.log(`samples:      sample-classify.json ${size('sample-classify.json')}, sample-audit.json ${size('sample-audit.json')}`);
}

/** Source commits as documented in the data's SOURCE.md files, for the attribution. */
function readSourceCommits(dataDir) {
  const grab = (file, re) => {
    const f = path.join(dataDir, file);
    if (!fs.existsSync(f)) return 'unknown';
    const m = fs.readFileSync(f, 'utf8').match(re);
    return m ? m[1] : 'unknown';
  };
  return {
    esco: grab('esco/SOURCE.md', /at commit `([0-9a-f]{40})`/),
    ocw: grab('mit_ocw/SOURCE.md', /`ocw_oer_export\.csv` @ `([0-9a-f]{40})`/),
    ocwHead: grab('mit_ocw/SOURCE.md', /Snapshot HEAD is `([0-9a-f]{40})`/),
  };
}

function attribution(commits, ocw) {
  return `# Attribution for the demo data in this folder

The files here (\`taxonomy.json\`, \`organization.json\`, \`catalog.json\`, \`learners.json\`,
\`sample-classify.json\`, \`sample-audit.json\`) are generated by \`scripts/build-demo-data.mjs\` from
third-party open data. Do not edit them by hand; rerun the script.

## ESCO

This service uses the ESCO classification of the European Commission.

- ESCO v1.1.1, English CSV export, licensed under CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/).
- Taken from the unmodified official download kept at
  github.com/tabiya-tech/tabiya-esco-datasets-and-tools, commit \`${commits.esco}\`.
- **Modified:** this is a subset of the ESCO skills pillar (the skills the demo roles, courses and
  learners use, the other essential skills of the demo occupations, the narrower skills of a few
  broad ones such as "computer programming", and all their broader skills), with ids derived from
  the preferred labels instead of ESCO concept URIs, at most ${ALIASES_MAX} alternative labels per skill,
  and only skill-to-skill "broader" links.
  The role profiles in \`organization.json\` use a hand-picked part of the essential skills of ESCO
  occupations, with proficiency levels that are our own. The European Commission has not endorsed
  these modifications.

## MIT OpenCourseWare

MIT OpenCourseWare, https://ocw.mit.edu, CC BY-NC-SA 4.0
(https://creativecommons.org/licenses/by-nc-sa/4.0/).

- Course titles, course URLs' slugs (used as course ids) and OCW topic tags from \`ocw_oer_export.csv\`
  in github.com/mitodl/ocw_oer_export, commit \`${commits.ocw}\` (repository snapshot \`${commits.ocwHead}\`).
- **Titles and topics only: no course descriptions are included.** The skill mappings, levels and
  weights in \`catalog.json\` are our own, derived from the titles and topics; they are not MIT's.
  One run is kept per course title, and the export's OCW staff test sites are left out.
${ocw.fmPresent ? '- Free-text keywords from `fm_keywords_export.csv` (same repository) were used for the skill mapping and are not copied.\n' : ''}- **NonCommercial and ShareAlike:** this course metadata may be used for internal testing and demos.
  Do not bundle it into a commercial product build, and share adaptations under the same license.

## Everything else

The company (Northwind Learning Co.), its priorities, growth initiatives and the three learners are
fictional and written for this demo.

## How the files were generated

\`\`\`
node scripts/build-demo-data.mjs [path-to-shared-data]   # default: ../shared/data
\`\`\`

The script has no dependencies (Node 20). It parses the CSVs itself (RFC 4180, CRLF records with
line breaks inside quoted fields), maps each OCW course onto 1-${MAX_SKILLS_PER_COURSE} ESCO skills by whole-word matching of
its title against ESCO preferred and alternative labels plus a hand-made crosswalk from OCW topics
to ESCO skills, picks the catalog deterministically, and validates every reference. The same input
gives byte-identical output.
`;
}

// Run only when executed directly, so the CSV parser can be imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
