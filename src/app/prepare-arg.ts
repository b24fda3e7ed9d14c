/** The argument that makes src/server.ts the cluster primary's helper process (index, migrations, secrets, then exit). */
export const PREPARE_INDEX_ARG = "--prepare-index";
