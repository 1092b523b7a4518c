#pragma once
// Schema: the workspace tables and the migrations that build them, one numbered step at a time,
// in both dialects. The version lives in `workspace_meta`; opening a workspace runs the missing
// steps in one transaction (under an advisory lock on PostgreSQL, so several processes opening a
// new shared workspace at once create it exactly once).
#include "sqldatabase.h"

namespace sitrep::store {

// The workspace's schema version: 0 for a database without Sitrep tables.
[[nodiscard]] core::Result<int> readSchemaVersion(SqlDatabase& db);

// Brings the schema to `target` (≤ kSchemaVersion). Fails without touching anything when the
// workspace is newer than this build, or when the database holds other tables but no workspace.
[[nodiscard]] core::Result<int> migrate(SqlDatabase& db, int target);

} // namespace sitrep::store
