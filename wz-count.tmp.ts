import { getWizardData, loadCatalog } from "./lib/catalog";
import { walkPaths } from "./lib/wizard/engine";
loadCatalog();
const data = getWizardData();
const byFirst: Record<string, number> = {};
let leaves = 0, total = 0;
for (const { path, screen } of walkPaths(data)) { total++; if (screen.kind === "diagnosis") { leaves++; const k = path.slice(0,2).join("/"); byFirst[k] = (byFirst[k] ?? 0) + 1; } }
console.log(total, leaves, byFirst);
