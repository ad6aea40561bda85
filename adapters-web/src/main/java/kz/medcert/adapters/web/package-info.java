/** The web front: server-rendered pages for applicants, officers and administrators, calling the use cases. */
package kz.medcert.adapters.web;
