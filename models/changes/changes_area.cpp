// SPDX-License-Identifier: MIT
// Area library sc_changes: sources are added by the work on this area.
