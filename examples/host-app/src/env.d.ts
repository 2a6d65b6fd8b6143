/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the CRM's embed pages; the panel loads `${VITE_CRM_EMBED_URL}/embed/ticket/create`. */
  readonly VITE_CRM_EMBED_URL: string
  /** Base URL of the CRM API. */
  readonly VITE_CRM_API_URL: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
