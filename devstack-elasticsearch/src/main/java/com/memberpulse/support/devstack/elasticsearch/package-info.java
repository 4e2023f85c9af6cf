/**
 * A real single-node Elasticsearch server for development and tests, started in a JVM of its own by the
 * devstack ({@link com.memberpulse.support.devstack.elasticsearch.ElasticsearchNodeMain}). Its jars are
 * AGPL / Elastic License and must never reach the API's classpath.
 */
package com.memberpulse.support.devstack.elasticsearch;
