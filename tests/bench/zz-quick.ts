import { Database } from "../../server/graph/database.js";
import { engineBench } from "./engine-bench.js";
const db = new Database({ uri: "bolt://127.0.0.1:7791", user: "neo4j", password: "", database: "neo4j" });
const f = await engineBench(db, console.log);
console.log(JSON.stringify({ ...f, sample: undefined }));
await db.close();
