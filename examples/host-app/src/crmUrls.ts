/**
 * Where the CRM lives, from the build's environment (`VITE_CRM_EMBED_URL`, `VITE_CRM_API_URL`).
 * Read here, in a `.ts` file: under `node16` resolution TypeScript allows `import.meta` in `.ts`
 * modules of a `"type": "module"` package, not in `.vue` files.
 */
export const CRM_EMBED_URL: string = import.meta.env.VITE_CRM_EMBED_URL
export const CRM_API_URL: string = import.meta.env.VITE_CRM_API_URL
