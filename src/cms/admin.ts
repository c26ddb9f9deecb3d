import yaml from 'js-yaml';
import type { CmsConfig } from './decap-types.ts';
import { documentFormat } from './frontmatter-format.ts';

/** What the admin page needs of Decap CMS's global (decap-cms.js, loaded before this module). */
interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: Record<string, unknown>): string }): void;
  init(options: { config: object }): void;
}

/** Deployment settings the build puts on the page (PLANBOOK_REPO, PLANBOOK_CMS_AUTH_URL, PLANBOOK_SITE). */
export interface EditorSettings {
  repo: string | undefined;
  authUrl: string | undefined;
  siteUrl: string | undefined;
}

/**
 * Starts the editor: reads the generated config.yml beside the page, registers each collection's
 * format (src/cms/frontmatter-format.ts) and hands Decap the config. `?lang=en` switches the
 * interface to English; `?port=N` points the local Git backend (decap-server) at port N of this host.
 */
export async function startEditor(settings: EditorSettings): Promise<void> {
  const cms = (window as unknown as { CMS: DecapCms }).CMS;
  const response = await fetch(new URL('config.yml', document.baseURI));
  const config = yaml.load(await response.text()) as CmsConfig;
  for (const collection of config.collections) cms.registerCustomFormat(collection.format, collection.extension, documentFormat(collection.fields));
  const query = new URLSearchParams(location.search);
  const port = query.get('port');
  const site = settings.siteUrl ? { site_url: settings.siteUrl, display_url: settings.siteUrl } : {};
  cms.init({
    config: {
      ...config,
      ...site,
      load_config_file: false,
      locale: query.get('lang') === 'en' ? 'en' : config.locale,
      backend: { ...config.backend, ...(settings.repo ? { repo: settings.repo } : {}), ...(settings.authUrl ? { base_url: settings.authUrl } : {}) },
      local_backend: port && /^\d{1,5}$/.test(port) ? { url: `http://${location.hostname}:${port}/api/v1` } : config.local_backend,
    },
  });
}
