// SPDX-License-Identifier: MIT
// Area library sc_ownership: sources are added by the work on this area.
