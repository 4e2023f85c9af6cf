/**
 * Schema migrations for the control schema and for every tenant schema, and the migrator that brings
 * them all to the latest version. Schema names are derived here from validated slugs only.
 */
package com.memberpulse.support.migrations;
