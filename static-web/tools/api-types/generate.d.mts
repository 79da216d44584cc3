export declare const documentFile: string;
export declare const schemaFile: string;
export declare function generateSchema(documentText: string): Promise<string>;
export declare function schemaTexts(): Promise<{ actual: string; expected: string }>;
