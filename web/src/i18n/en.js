// English: the reference catalog. Every key used by the UI is here; other locales may leave keys
// out (they fall back to these). Placeholders: {name}. Plurals: {one, other} chosen by {count}.
export default {
  // Quadrant labels, as shown on a tag.
  'quadrant.sweet_spot': 'Sweet Spot',
  'quadrant.uphill': 'Uphill',
  'quadrant.gift': 'Gift',
  'quadrant.waste': 'Waste',
  // For a learner with no personal agenda yet: the organization's side only.
  'quadrant.org_needed': 'Needed by your organization',
  'quadrant.optional': 'Optional',

  // One sentence per tag, said after the label.
  'describe.sweet_spot': 'You want it and your organization needs it.',
  'describe.uphill': 'Your organization needs it; it is not on your own list yet.',
  'describe.gift': 'You want it; your organization does not need it now.',
  'describe.waste': 'Neither you nor your organization needs it now.',
  'describe.org_needed': 'Your organization needs it.',
  'describe.optional': 'Your organization does not need it now.',

  'tag.group': 'Sweetspot: {label}',
  'tag.why': 'Why?',
  'tag.whyContext': '({label}: {title})',
  'tag.loading': 'Checking…',

  // The "Why?" popover.
  'why.title': 'Why {label}?',
  'why.close': 'Close',
  'why.personal': 'You want it: {score}',
  'why.org': 'Your organization needs it: {score}',
  'why.threshold': 'counts from {threshold}',
  'why.personal.none': 'Nothing you asked for is taught here beyond your current level.',
  'why.org.none': 'No role requirement or priority of your organization asks for it.',
  'why.personal.unknown': 'You have not told us what you want to learn yet, so we can only show your organization’s side.',
  'why.invite': 'State your interests',
  'why.framing': 'Why it matters: {text}',
  'why.gift': '{text}',
  'why.amount': '+{amount}',
  'why.amountLabel': 'adds {amount}',

  'flag.mandatory': 'Mandatory for everyone in your organization.',
  'flag.completed': 'You have completed this course.',
  'flag.mastered': 'You already hold every skill it teaches at its level.',
  'flag.borderline': 'Close to the line: a small change in your interests or your role could move it.',

  // Reason sentences, rebuilt from the engine's structured fields (source, skill, via, amount).
  'reason.interest': 'You want to learn {skill} (interest {strength}).',
  'reason.interest.plain': 'You want to learn {skill}.',
  'reason.aspiration': '{role}, a role you aspire to, needs {skill} at level {level}; you are at {current}.',
  'reason.aspiration.plain': 'A role you aspire to needs {skill}.',
  'reason.feedback': 'Your 360 feedback shows a need to grow in {skill} ({need}).',
  'reason.feedback.plain': 'Your 360 feedback shows a need to grow in {skill}.',
  'reason.role': 'Your role as {role} needs {skill} at level {level}; you are at {current}.',
  'reason.role.plain': 'Your role needs {skill}.',
  'reason.priority': 'Organization priority ({need}) on {skill}: {rationale}',
  'reason.priority.plain': 'Your organization has made {skill} a priority ({need}).',
  'reason.mandatory': 'Your organization requires this course of everyone.',
  'reason.via': {
    one: 'This course teaches {skill}, 1 step from it in the skill taxonomy.',
    other: 'This course teaches {skill}, {count} steps from it in the skill taxonomy.',
  },
  'reason.via.plain': 'This course teaches {skill}, a related skill.',
  'need.job': 'needed for the job',
  'need.improve': 'improvement',
  'need.future': 'future needs',
  'need.leadership': 'leadership',

  'framing.mandatory': 'Everyone in the organization takes this course: it keeps us compliant.',
  'framing.role': 'Your role as {role} needs {skill} at level {level}, and this course takes you there.',
  'gift.allowed': 'Your organization supports this as a gift: a one-off, or something to pursue outside work.',
  'gift.notAllowed': 'Your organization does not fund this one; it is yours to pursue outside work.',

  // "When we grow, you grow".
  'growth.title': 'When we grow, you grow: {initiative}.',
  'growth.course': 'This course builds toward it.',
  'growth.count': {
    one: '{count} Sweet Spot course builds toward it.',
    other: '{count} Sweet Spot courses build toward it.',
  },

  // Interests panel.
  'panel.title': 'Your interests',
  'panel.intro': 'Tell us what you want to learn. Your answers stay in this browser and are never sent anywhere.',
  'panel.search.label': 'Add a skill',
  'panel.search.placeholder': 'Type a skill, e.g. Python',
  'panel.search.none': 'No skill matches “{query}”.',
  'panel.search.count': {
    one: '1 skill matches. Use the arrow keys to choose.',
    other: '{count} skills match. Use the arrow keys to choose.',
  },
  'panel.search.alias': 'also called {alias}',
  'panel.search.added': '{skill} added.',
  'panel.search.already': '{skill} is already on your list.',
  'panel.list.label': 'Skills on your list',
  'panel.empty': 'No skills yet. Add one above.',
  'panel.strength': 'How much do you want to learn {skill}?',
  'panel.strength.word.low': 'a little',
  'panel.strength.word.medium': 'quite a lot',
  'panel.strength.word.high': 'very much',
  'panel.notForMe': 'Not for me',
  'panel.notForMe.label': '{skill} is not for me',
  'panel.remove': 'Remove',
  'panel.remove.label': 'Remove {skill}',
  'panel.removed': '{skill} removed.',
  'panel.aspirations': 'Roles you aspire to',
  'panel.aspirations.none': 'The organization has published no roles.',
  'panel.clear': 'Forget my interests',
  'panel.cleared': 'Your interests were removed from this browser.',
  'panel.saved': 'Saved in this browser only.',
  'panel.storageUnavailable': 'This browser does not let us save; your choices last until you close the page.',

  // Matrix.
  'matrix.title': 'Where the courses fall for you',
  'matrix.axis.personal': 'How much you want it →',
  'matrix.axis.org': 'How much your organization needs it →',
  'matrix.count': {
    one: '{count} course',
    other: '{count} courses',
  },
  'matrix.summary': 'Sweet Spot {sweet_spot}, Uphill {uphill}, Gift {gift}, Waste {waste}.',
  'matrix.summary.noAgenda': 'Needed by your organization {org_needed}, optional {optional}.',
  'matrix.point': '{title}: {label}. You want it {personal}; your organization needs it {org}.',
  'matrix.point.noAgenda': '{title}: {label}. Your organization needs it {org}.',
  'matrix.hint': 'Point at a dot, or focus the chart and move between courses with the arrow keys.',
  'matrix.noAgenda': 'Your interests are not known yet, so every course sits on the left edge. State your interests to see your Sweet Spots.',
  'matrix.details.empty': 'Point at a course to see why it is there.',
  'matrix.chartLabel': 'Chart: {count} courses by how much you want them and how much your organization needs them.',
};
