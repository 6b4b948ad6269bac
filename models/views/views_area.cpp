// SPDX-License-Identifier: MIT
// Area library sc_itemmodels: sources are added by the work on this area.
