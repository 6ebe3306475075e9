// SPDX-License-Identifier: Apache-2.0
// a line comment is not Javadoc
@NullMarked
package org.example.nodoc;

import org.jspecify.annotations.NullMarked;
