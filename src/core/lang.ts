/** A language plans are shown in: zh-CN (the company's own, the portal's root) or English. */
export type Lang = 'zh-CN' | 'en';

/** Every language, the default first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
