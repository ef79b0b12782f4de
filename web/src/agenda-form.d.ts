// Types of web/src/agenda-form.js (the growth agenda <-> an admin form's fields).
import type { Organization } from './adapters/index.js';

// ---- agenda form -----------------------------------------------------------------------------

export const NEEDS: ['job', 'improve', 'future', 'leadership'];
export interface AgendaForm {
  thresholds: { personal: string; org: string };
  gifts: { allowed: boolean; note: string };
  roles: Array<{ id: string; title: string; skills: string; next: string }>;
  priorities: Array<{ skill: string; weight: string; need: string; rationale: string }>;
  mandatory: string;
}
export function agendaToForm(organization?: Organization | null): AgendaForm;
export function formToAgenda(model: AgendaForm, base?: Organization): { organization: Organization; problems: Array<{ path: string; message: string }> };

