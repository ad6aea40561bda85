package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import kz.medcert.adapters.persistence.JdbiAuditJournal;
import kz.medcert.adapters.persistence.JdbiAuditTrail;
import kz.medcert.adapters.persistence.JdbiCertificateRegister;
import kz.medcert.adapters.registerfile.CsvRegisterFile;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase;
import kz.medcert.application.port.in.audit.ReadAuditTrailUseCase;
import kz.medcert.application.port.in.certificates.RevokeCertificateUseCase;
import kz.medcert.application.port.in.audit.VerifyAuditChainUseCase;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileWriter;
import kz.medcert.application.service.decisions.DecideRequestService;
import kz.medcert.application.service.certificates.ExpiryReportService;
import kz.medcert.application.service.certificates.GetCertificateService;
import kz.medcert.application.service.register.ImportRegisterService;
import kz.medcert.application.service.certificates.ListCertificatesService;
import kz.medcert.application.service.audit.ReadAuditTrailService;
import kz.medcert.application.service.certificates.RevokeCertificateService;
import kz.medcert.application.service.audit.VerifyAuditChainService;
import kz.medcert.application.service.verification.VerifyCertificateService;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/** The certificate register with its public verification, and the hash-chained audit trail. */
final class RegisterModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CertificateRegister.class).to(JdbiCertificateRegister.class).in(Singleton.class);
        bind(AuditTrail.class).to(JdbiAuditTrail.class).in(Singleton.class);
        bind(SpecialtyCatalogue.class).toInstance(SpecialtyCatalogue.standard());
        bind(VerifyCertificateUseCase.class).to(VerifyCertificateService.class).in(Singleton.class);
        bind(GetCertificateUseCase.class).to(GetCertificateService.class).in(Singleton.class);
        bind(DecideRequestUseCase.class).to(DecideRequestService.class).in(Singleton.class);
        bind(ReadAuditTrailUseCase.class).to(ReadAuditTrailService.class).in(Singleton.class);
        bind(VerifyAuditChainUseCase.class).to(VerifyAuditChainService.class).in(Singleton.class);
        bind(RevokeCertificateUseCase.class).to(RevokeCertificateService.class).in(Singleton.class);
        // the administrator's import of the existing register and the expiry report
        bind(AuditJournal.class).to(JdbiAuditJournal.class).in(Singleton.class);
        bind(ImportRegisterUseCase.class).to(ImportRegisterService.class).in(Singleton.class);
        bind(ExpiryReportUseCase.class).to(ExpiryReportService.class).in(Singleton.class);
        bind(ListCertificatesUseCase.class).to(ListCertificatesService.class).in(Singleton.class);
        bind(RegisterFileReader.class).to(CsvRegisterFile.class);
        bind(RegisterFileWriter.class).to(CsvRegisterFile.class);
    }

    /** The register file layout (CSV), read by the import and written by the expiry export. */
    @Provides
    @Singleton
    CsvRegisterFile registerFile(SpecialtyCatalogue catalogue) {
        return new CsvRegisterFile(catalogue);
    }
}
