export declare const BUSY_PAGE: string;
