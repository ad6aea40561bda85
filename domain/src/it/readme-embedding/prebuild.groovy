// Copies README's embedding program into this consumer project, as a reader would copy it.

// The invoker plugin installs the parent pom beside the domain's; a consumer has no parent: take it away, so that the
// build below proves the domain's pom resolves on its own.
new File(localRepositoryPath, 'kz/medcert/medcert-parent').deleteDir()

def text = new File(readme).getText('UTF-8')
def section = text =~ /(?s)<!-- embedding:start -->(.*?)<!-- embedding:end -->/
assert section.find() : "README.md has no <!-- embedding:start --> ... <!-- embedding:end --> section"
def program = section.group(1) =~ /(?s)```java\n(.*?)```/
assert program.find() : "README's embedding section has no java block"
def source = program.group(1)
assert source.contains('package example;') && source.contains('public class EmbeddingExample') :
        "README's embedding program is example.EmbeddingExample (this project's pom runs that class)"
def target = new File(basedir, 'src/main/java/example/EmbeddingExample.java')
target.parentFile.mkdirs()
target.setText(source, 'UTF-8')
return true
