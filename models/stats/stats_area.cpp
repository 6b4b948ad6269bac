// SPDX-License-Identifier: MIT
// Area library sc_stats: sources are added by the work on this area.
