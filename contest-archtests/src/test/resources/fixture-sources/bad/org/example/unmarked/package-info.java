// SPDX-License-Identifier: Apache-2.0
/** Documented, but not null-marked (the word NullMarked in a comment does not count). */
package org.example.unmarked;
