// Adobe's validator of Google's rich-result rules ships no types; this is the part the tests use.
declare module "@adobe/structured-data-validator" {
  export interface StructuredDataIssue {
    issueMessage: string;
    severity: "ERROR" | "WARNING";
    fieldNames: string[];
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: { jsonld?: Record<string, object[]> }): Promise<StructuredDataIssue[]>;
  }
}
