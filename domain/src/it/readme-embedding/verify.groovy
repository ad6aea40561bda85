import java.util.jar.JarFile

// 1. README's program ran against the installed jar and printed exactly what README says it prints
def text = new File(readme).getText('UTF-8')
def section = (text =~ /(?s)<!-- embedding:start -->(.*?)<!-- embedding:end -->/)
assert section.find()
def expected = (section.group(1) =~ /(?s)```text\n(.*?)```/)
assert expected.find() : "README's embedding section shows no output (a text block after the program)"
def printed = new File(basedir, 'target/embedding-example.out').getText('UTF-8')
assert printed.normalize().trim() == expected.group(1).normalize().trim()
assert printed.contains(ruleSet) : "the jar's manifest names rule set ${ruleSet}, the code reports another"

// 2. What a consumer resolves: the flattened pom without parent or dependency, the jar with its module name and
//    rule set, sources and javadoc beside it; README names the coordinates and the module
def dir = new File(localRepositoryPath, "kz/medcert/${artifactId}/${domainVersion}")
def pom = new File(dir, "${artifactId}-${domainVersion}.pom").getText('UTF-8')
assert !pom.contains('<parent>') : 'the installed pom still needs its parent'
assert !pom.contains('<dependency>') : 'the installed pom names a dependency'
def manifest = new JarFile(new File(dir, "${artifactId}-${domainVersion}.jar")).manifest.mainAttributes
assert manifest.getValue('Automatic-Module-Name') == moduleName
assert manifest.getValue('MedCert-Rule-Set') == ruleSet
assert new File(dir, "${artifactId}-${domainVersion}-sources.jar").isFile()
assert new File(dir, "${artifactId}-${domainVersion}-javadoc.jar").isFile()
assert text.contains("<artifactId>${artifactId}</artifactId>") : "README does not show the Maven coordinates"
assert text.contains("requires ${moduleName};") : "README does not name the module"
return true
