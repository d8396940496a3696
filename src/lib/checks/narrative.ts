import type { CheckResult, DocumentModel } from '../model/document.ts';
export function narrativeChecks(model: DocumentModel): CheckResult[] {
  void model;
  return [];
}
