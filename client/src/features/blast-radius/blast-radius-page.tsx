import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { ExplorerResult } from "./explorer-result.js";
import { ExplorerStatus } from "./explorer-status.js";
import { ScenarioControls } from "./scenario-controls.js";
import { useBlastRadius } from "./use-blast-radius.js";
import { useDrill } from "./use-drill.js";
import { useScenario } from "./use-scenario.js";

/** What breaks if the chosen nodes are lost or compromised: choose, then read the graph and the panel. */
export function BlastRadiusPage() {
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const scenario = useScenario(setError);
  const { shown, loading, error: unread } = useBlastRadius(scenario);
  const drill = useDrill(shown, setError);
  return (
    <div className="explorer">
      <ScenarioControls s={scenario} />
      <ExplorerStatus
        notice={scenario.notice}
        working={loading || !scenario.ready}
        failure={unread ? errorMessage(unread) : error}
        shown={!!shown}
        left={drill.left}
        byRegion={drill.groups.regions.length > 0}
      />
      {shown && (
        <ExplorerResult
          shown={shown}
          drill={drill}
          hours={scenario.hours}
          recovery={scenario.recovery}
          selected={selected}
          onSelect={setSelected}
        />
      )}
    </div>
  );
}
