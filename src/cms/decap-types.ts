/**
 * The part of Decap CMS's configuration (https://decapcms.org/docs/configuration-options/) that
 * Planbook generates. Field and collection options are Decap's names, snake_case included.
 */

export interface CmsOption {
  label: string;
  value: string;
}

export interface CmsField {
  name: string;
  label: string;
  widget: 'hidden' | 'string' | 'text' | 'number' | 'select' | 'datetime' | 'list' | 'object';
  hint?: string;
  required?: boolean;
  default?: string | number;
  /** [regular expression source, message shown when the value does not match]. */
  pattern?: [string, string];
  options?: CmsOption[];
  /** Object and list-of-objects members. */
  fields?: CmsField[];
  /** The one field of a list of plain values. */
  field?: CmsField;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  /** Datetime: how the value is stored (moment.js tokens), and how the pickers show it. */
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  collapsed?: boolean;
  summary?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  /** Folders inside `folder` (`{{x}}` is the entry's field x), ending in `{{slug}}`. */
  path: string;
  /** File name without the extension; `{{fields.x}}` is the entry's field x. */
  slug: string;
  extension: 'mdx';
  format: string;
  create: boolean;
  delete: boolean;
  filter: { field: string; value: string };
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  preview_path: string;
  editor: { preview: boolean };
  fields: CmsField[];
}

export interface CmsConfig {
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    commit_messages: Record<'create' | 'update' | 'delete' | 'uploadMedia' | 'deleteMedia' | 'openAuthoring', string>;
  };
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  locale: string;
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'unicode'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}
