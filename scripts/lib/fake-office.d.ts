/** The office.js stand-in bundled from test/support/fakeOffice.ts, and the files it came from. */
export declare function fakeOffice(): Promise<{ script: string; sources: string[] }>;
export declare const FAKE_OFFICE_ENTRY: string;
