import { closeDb, getDb } from "../../db/client";
import { seedBenchDb } from "../seed";
async function main() { const db = getDb(); await seedBenchDb(db, Number(process.argv[2] ?? 100000)); await closeDb(db); }
void main();
